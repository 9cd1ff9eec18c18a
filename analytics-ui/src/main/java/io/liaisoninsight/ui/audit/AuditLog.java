package io.liaisoninsight.ui.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends to the audit trail. Every entry is a new document ({@code op_type=create}, a fresh UUID, only
 * through the alias): nothing in this app updates or deletes an audit entry, and in production the
 * application's Elasticsearch role has only {@code create_doc} and {@code read} on the audit indices
 * ({@code docker/security/liaison_ui.role.json}).
 * <p>
 * Fail closed: {@link #record} throws {@link AuditUnavailableException} when the entry cannot be
 * written, and callers record before they hand out data, so the audited action does not happen.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_TEXT = 2000;

    private final ElasticsearchClient client;
    private final String alias;
    private final ClientAddress clientAddress;
    private final Clock clock;

    AuditLog(ElasticsearchClient client, IndexNames names, ClientAddress clientAddress, Clock clock) {
        this.client = client;
        this.alias = names.alias(SystemIndex.AUDIT);
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    /** Writes the entry, or throws {@link AuditUnavailableException}. */
    public void record(AuditEvent event) {
        Map<String, Object> document = document(event);
        try {
            // requireAlias: if the schema is missing, fail instead of auto-creating a concrete index named
            // like the alias (which would block the real alias from ever being created).
            client.create(c -> c.index(alias).id(UUID.randomUUID().toString()).requireAlias(true).document(document));
        } catch (IOException | RuntimeException e) {
            log.error("audit entry NOT written, refusing the action: {} {} {} ({})", event.user(), event.action(),
                    event.target(), Problems.describe(e));
            throw new AuditUnavailableException("audit trail unavailable: " + Problems.describe(e), e);
        }
    }

    /** An action by a signed-in user, at the current request's client address. */
    public void record(CurrentUser user, AuditAction action, AuditOutcome outcome, String target, String query,
                       Map<String, ?> details) {
        record(new AuditEvent(clock.instant(), user.username(), user.roleNames(), user.scope().labels(), action,
                target, query, AuditEvent.withoutNulls(details), outcome, clientAddress.current()));
    }

    /** An action before or without a {@link CurrentUser} (failed logins): user name and address given. */
    public void record(String username, AuditAction action, AuditOutcome outcome, String clientAddress,
                       Map<String, ?> details) {
        record(new AuditEvent(clock.instant(), username, List.of(), List.of(), action, null, null,
                AuditEvent.withoutNulls(details), outcome, clientAddress));
    }

    private static Map<String, Object> document(AuditEvent event) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.Audit.AT, event.at().toString());
        doc.put(Fields.Audit.USER, truncate(event.user()));
        doc.put(Fields.Audit.ROLES, event.roles());
        doc.put(Fields.Audit.SCOPE, event.scope());
        doc.put(Fields.Audit.ACTION, event.action().name());
        putIfPresent(doc, Fields.Audit.TARGET, truncate(event.target()));
        putIfPresent(doc, Fields.Audit.QUERY, truncate(event.query()));
        if (!event.details().isEmpty()) {
            doc.put(Fields.Audit.DETAILS, event.details());
        }
        doc.put(Fields.Audit.OUTCOME, event.outcome().name());
        putIfPresent(doc, Fields.Audit.CLIENT_ADDRESS, event.clientAddress());
        return doc;
    }

    private static void putIfPresent(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }

    /** A pasted essay in the user name or query box must not make the entry unwritable. */
    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
