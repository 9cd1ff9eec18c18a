package io.liaisoninsight.ui.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.liaisoninsight.ui.system.StoredFields.text;

/**
 * Reads the audit trail for auditors: filtered pages for the audit page, a count, and the CSV export.
 * Only {@link Role#AUDITOR} may read it (not ADMIN: administrators configure users, and the auditors
 * check administrators too). Reading is itself audited: each new filter ({@link AuditAction#AUDIT_SEARCH},
 * on count) and each export ({@link AuditAction#EXPORT}, before the first byte is written).
 */
@Service
class AuditTrail {

    /** Elasticsearch's default result window: pages beyond it need a narrower filter or the export. */
    static final int MAX_BROWSABLE = 10_000;
    static final String EXPORT_TARGET = "audit-trail";
    private static final int EXPORT_PAGE = 1000;

    private final ElasticsearchClient client;
    private final String alias;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;
    private final int exportMaxRows;

    AuditTrail(ElasticsearchClient client, IndexNames names, AuditLog audit, MessageSource messages, Clock clock,
               AuditProperties properties) {
        this.client = client;
        this.alias = names.alias(SystemIndex.AUDIT);
        this.audit = audit;
        this.messages = messages;
        this.zone = clock.getZone();
        this.exportMaxRows = properties.exportMaxRows();
    }

    /** All entries matching the filter (exact); audited as a search of the audit trail. */
    long count(CurrentUser user, AuditFilter filter) {
        requireAuditor(user);
        audit.record(user, AuditAction.AUDIT_SEARCH, AuditOutcome.SUCCESS, EXPORT_TARGET, null, describe(filter));
        try {
            return client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)
                    .query(query(filter))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first; {@code offset + limit} must stay within {@link #MAX_BROWSABLE}. */
    List<AuditEntry> page(CurrentUser user, AuditFilter filter, int offset, int limit) {
        requireAuditor(user);
        int size = Math.max(0, Math.min(limit, MAX_BROWSABLE - offset));
        if (size == 0) {
            return List.of();
        }
        try {
            SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).ignoreUnavailable(true)
                    .allowNoIndices(true).query(query(filter)).sort(newestFirst()).from(offset).size(size),
                    ObjectNode.class);
            return response.hits().hits().stream().map(AuditTrail::entry).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the role and audits the export, then opens the output (so the caller sets its response
     * headers only once the export is allowed) and writes up to {@code liaison.audit.export-max-rows}
     * entries, newest first, consistent as of the start (a point in time).
     */
    int exportCsv(CurrentUser user, AuditFilter filter, Locale locale, IoSupplier<OutputStream> open)
            throws IOException {
        requireAuditor(user);
        Map<String, Object> details = new LinkedHashMap<>(describe(filter));
        details.put("format", "csv");
        details.put("maxRows", exportMaxRows);
        audit.record(user, AuditAction.EXPORT, AuditOutcome.SUCCESS, EXPORT_TARGET, null, details);
        String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("2m"))).id();
        int written = 0;
        try (AuditCsv csv = new AuditCsv(open.get(), zone, key -> messages.getMessage(key, null,
                key.substring(key.lastIndexOf('.') + 1), locale))) {
            List<FieldValue> after = null;
            while (written < exportMaxRows) {
                List<FieldValue> from = after;
                String pitId = pit;
                int size = Math.min(EXPORT_PAGE, exportMaxRows - written);
                SearchResponse<ObjectNode> page = client.search(s -> {
                    s.pit(p -> p.id(pitId).keepAlive(k -> k.time("2m"))).query(query(filter)).size(size)
                            .sort(newestFirst())
                            .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, ObjectNode.class);
                if (page.pitId() != null) {
                    pit = page.pitId();
                }
                List<Hit<ObjectNode>> hits = page.hits().hits();
                for (Hit<ObjectNode> hit : hits) {
                    csv.write(entry(hit));
                }
                written += hits.size();
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            String pitId = pit;
            client.closePointInTime(c -> c.id(pitId));
        }
        return written;
    }

    /** Writing to a servlet response throws IOException. */
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    private void requireAuditor(CurrentUser user) {
        if (!user.hasRole(Role.AUDITOR)) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, EXPORT_TARGET, null,
                    Map.of("reason", NotPermittedException.Reason.ROLE_REQUIRED.name()));
            throw new NotPermittedException(NotPermittedException.Reason.ROLE_REQUIRED, "audit trail needs AUDITOR");
        }
    }

    private Query query(AuditFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter.user() != null) {
            filters.add(QueryBuilders.term(t -> t.field(Fields.Audit.USER).value(filter.user())));
        }
        if (filter.action() != null) {
            filters.add(QueryBuilders.term(t -> t.field(Fields.Audit.ACTION).value(filter.action().name())));
        }
        if (filter.outcome() != null) {
            filters.add(QueryBuilders.term(t -> t.field(Fields.Audit.OUTCOME).value(filter.outcome().name())));
        }
        if (filter.from() != null || filter.to() != null) {
            String gte = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant().toString();
            String lt = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant().toString();
            filters.add(QueryBuilders.range(r -> r.date(d -> {
                d.field(Fields.Audit.AT);
                if (gte != null) {
                    d.gte(gte);
                }
                if (lt != null) {
                    d.lt(lt);
                }
                return d;
            })));
        }
        return QueryBuilders.bool(b -> b.filter(filters));
    }

    private static SortOptions newestFirst() {
        return SortOptions.of(o -> o.field(f -> f.field(Fields.Audit.AT).order(SortOrder.Desc)));
    }

    private static Map<String, Object> describe(AuditFilter filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user", filter.user());
        details.put("action", filter.action() == null ? null : filter.action().name());
        details.put("outcome", filter.outcome() == null ? null : filter.outcome().name());
        details.put("from", filter.from() == null ? null : filter.from().toString());
        details.put("to", filter.to() == null ? null : filter.to().toString());
        return details;
    }

    private static AuditEntry entry(Hit<ObjectNode> hit) {
        ObjectNode doc = hit.source();
        JsonNode details = doc.get(Fields.Audit.DETAILS);
        return new AuditEntry(hit.id(), Instant.parse(doc.path(Fields.Audit.AT).asText()),
                text(doc, Fields.Audit.USER), list(doc, Fields.Audit.ROLES), list(doc, Fields.Audit.SCOPE),
                text(doc, Fields.Audit.ACTION), text(doc, Fields.Audit.TARGET), text(doc, Fields.Audit.QUERY),
                text(doc, Fields.Audit.OUTCOME), text(doc, Fields.Audit.CLIENT_ADDRESS),
                details == null || details.isNull() ? null : details.toString());
    }


    private static List<String> list(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(value.asText());
        }
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(v.asText()));
        return values;
    }
}
