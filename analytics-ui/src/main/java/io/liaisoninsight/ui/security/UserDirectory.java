package io.liaisoninsight.ui.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns configured users and OIDC claims into {@link CurrentUser}s, the one place where roles become a
 * {@link Scope}. Checks the configuration at start-up so a plain-text password or a malformed township
 * stops the app instead of locking users out later.
 */
@Component
class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final String REFERENCE = "reference/lanzhou-districts.json";

    /** A configured user, ready to authenticate. */
    record Account(CurrentUser user, String passwordHash) {
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final SecurityProperties.Oidc claims;

    UserDirectory(SecurityProperties properties) {
        this.claims = properties.oidc();
        Set<String> knownDistricts = referenceDistricts();
        for (SecurityProperties.User user : properties.users()) {
            Account account = account(user);
            String key = key(user.username());
            if (accounts.putIfAbsent(key, account) != null) {
                throw new IllegalStateException("liaison.security.users: user name '" + user.username()
                        + "' is configured twice");
            }
            warnAboutScope(account.user(), knownDistricts);
        }
        if (accounts.isEmpty()) {
            log.warn("no users configured (liaison.security.users): only single sign-on users can log in. For the "
                    + "demo users start with --spring.profiles.active=demo");
        }
    }

    Optional<Account> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(accounts.get(key(username)));
    }

    boolean hasLocalUsers() {
        return !accounts.isEmpty();
    }

    List<CurrentUser> configuredUsers() {
        return accounts.values().stream().map(Account::user).toList();
    }

    /**
     * A single-sign-on user from the merged ID-token and user-info claims.
     *
     * @throws IllegalArgumentException when the claims carry none of our roles
     */
    CurrentUser fromClaims(Map<String, Object> tokenClaims) {
        String username = text(tokenClaims.get(claims.usernameClaim()));
        if (username == null) {
            username = text(tokenClaims.get("sub"));
        }
        if (username == null) {
            throw new IllegalArgumentException("the token has neither " + claims.usernameClaim() + " nor sub");
        }
        Set<Role> roles = roles(list(tokenClaims.get(claims.rolesClaim())));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("the token's " + claims.rolesClaim() + " claim names none of "
                    + List.of(Role.values()));
        }
        List<Scope.Township> townships = new ArrayList<>();
        for (String township : list(tokenClaims.get(claims.townshipsClaim()))) {
            townships.add(Scope.Township.parse(township));
        }
        Object unmask = tokenClaims.get(claims.unmaskClaim());
        return new CurrentUser(username, text(tokenClaims.get(claims.displayNameClaim())), roles,
                scope(roles, list(tokenClaims.get(claims.districtsClaim())), townships,
                        text(tokenClaims.get(claims.officeClaim()))),
                Boolean.TRUE.equals(unmask) || "true".equalsIgnoreCase(text(unmask)),
                text(tokenClaims.get(claims.officeClaim())));
    }

    /**
     * Readers get their configured places; other roles see no records whatever is configured. A liaison
     * officer (without LEADER or ANALYST, whose work reads across offices) sees visit notes of their own
     * office only, none without an office.
     */
    static Scope scope(Set<Role> roles, Collection<String> districts, Collection<Scope.Township> townships,
                       String office) {
        if (roles.stream().noneMatch(Role::readsRecords)) {
            return Scope.none();
        }
        Scope places = Scope.of(districts, townships);
        if (roles.contains(Role.LIAISON_OFFICER) && !roles.contains(Role.LEADER) && !roles.contains(Role.ANALYST)) {
            return places.onlyOwnOfficeNotes(office);
        }
        return places;
    }

    private static Account account(SecurityProperties.User user) {
        String name = user.username();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("liaison.security.users: a user without username");
        }
        String hash = user.passwordHash();
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            throw new IllegalStateException("liaison.security.users: password-hash of '" + name + "' is not a BCrypt"
                    + " hash ($2a$10$ followed by 53 characters); never configure a plain password");
        }
        if (user.roles().isEmpty()) {
            throw new IllegalStateException("liaison.security.users: '" + name + "' has no roles");
        }
        List<Scope.Township> townships = new ArrayList<>();
        for (String township : user.townships()) {
            try {
                townships.add(Scope.Township.parse(township));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("liaison.security.users: '" + name + "': " + e.getMessage(), e);
            }
        }
        Set<Role> roles = EnumSet.copyOf(user.roles());
        CurrentUser current = new CurrentUser(name.strip(), user.displayName(), roles,
                scope(roles, user.districts(), townships, blankToNull(user.office())), user.unmask(),
                blankToNull(user.office()));
        return new Account(current, hash);
    }

    private static void warnAboutScope(CurrentUser user, Set<String> knownDistricts) {
        if (user.roles().stream().anyMatch(Role::readsRecords) && user.scope().isEmpty()) {
            log.warn("user '{}' reads records but has no districts or townships: they will see no records",
                    user.username());
        }
        Set<String> districts = new HashSet<>(user.scope().districts());
        user.scope().townships().forEach(t -> districts.add(t.district()));
        districts.removeAll(knownDistricts);
        if (!knownDistricts.isEmpty() && !districts.isEmpty()) {
            // A warning, not an error: a deployment outside Lanzhou has other districts.
            log.warn("user '{}' is scoped to {}, not among the reference districts {}; check the spelling",
                    user.username(), districts, knownDistricts);
        }
    }

    private static Set<String> referenceDistricts() {
        try (InputStream in = UserDirectory.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (JsonNode district : new ObjectMapper().readTree(in).path("districts")) {
                names.add(district.path("name").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            String upper = name.toUpperCase(Locale.ROOT);
            String bare = upper.startsWith("ROLE_") ? upper.substring("ROLE_".length()) : upper;
            for (Role role : Role.values()) {
                if (role.name().equals(bare)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static List<String> list(Object claim) {
        if (claim == null) {
            return List.of();
        }
        Collection<?> values = claim instanceof Collection<?> c ? c : List.of(LIST_SEPARATOR.split(claim.toString()));
        return values.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Object claim) {
        return claim == null ? null : blankToNull(claim.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
