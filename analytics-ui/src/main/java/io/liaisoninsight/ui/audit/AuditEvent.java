package io.liaisoninsight.ui.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the append-only audit trail.
 *
 * @param at            when
 * @param user          who (the typed user name for failed logins)
 * @param roles         the user's roles at the time
 * @param scope         the user's scope labels at the time ({@code *} = all districts)
 * @param action        what
 * @param target        what was acted on: record id, identity id, export kind; may be null
 * @param query         search text typed by the user; may be null
 * @param details       further context (filters, counts, reasons); stored, not searchable
 * @param outcome       how it ended
 * @param clientAddress the client's IP address as the server saw it
 */
public record AuditEvent(Instant at, String user, List<String> roles, List<String> scope, AuditAction action,
                         String target, String query, Map<String, Object> details, AuditOutcome outcome,
                         String clientAddress) {

    public AuditEvent {
        roles = roles == null ? List.of() : List.copyOf(roles);
        scope = scope == null ? List.of() : List.copyOf(scope);
        details = withoutNulls(details);
    }

    /** Optional filters arrive as nulls; the entry keeps only what was set, in the caller's order. */
    static Map<String, Object> withoutNulls(Map<String, ?> details) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> {
                if (key != null && value != null) {
                    copy.put(key, value);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
