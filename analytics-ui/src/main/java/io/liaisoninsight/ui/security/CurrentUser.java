package io.liaisoninsight.ui.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as every feature sees them: obtained from {@link CurrentUsers}, passed to
 * {@link ScopedSearch}, {@code RecordAccess} and the audit log.
 *
 * @param username    login name (unique), as written to the audit trail
 * @param displayName name shown in the UI
 * @param roles       what the user may do
 * @param scope       which records the user may see (empty unless a role reads records)
 * @param canUnmask   may see full ID numbers and phone numbers (each time is audited)
 * @param office      the liaison office of a {@link Role#LIAISON_OFFICER}, else null
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, Scope scope, boolean canUnmask,
                          String office) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /** Sorted role names, for the audit trail. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
