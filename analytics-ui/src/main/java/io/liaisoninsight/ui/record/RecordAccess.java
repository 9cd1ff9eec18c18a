package io.liaisoninsight.ui.record;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.RecordMasking;
import io.liaisoninsight.ui.security.ScopedSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads one record by id for a user: the record page, {@code GET /api/records/{id}}, and later the
 * complainant profile's record list and exports. Every outcome is audited before anything is returned
 * (fail closed): viewed, unmasked, refused (out of scope, no unmask permission), not found.
 * <p>
 * The record itself is fetched with the scope filter applied, so an out-of-scope record's content is
 * never loaded; only an id-only count tells "not yours" (403) from "does not exist" (404). The scope
 * rule is then checked once more on the document ({@code Scope.permits}) in case the two ever disagree.
 */
@Service
public class RecordAccess {

    private static final Logger log = LoggerFactory.getLogger(RecordAccess.class);
    /** What an unmask reveals, for the audit entry. */
    private static final List<String> UNMASKED_FIELDS = List.of(Fields.Petition.COMPLAINANT_ID_NUMBER,
            Fields.Petition.COMPLAINANT_PHONE);

    private final ElasticsearchClient client;
    private final String records;
    private final AuditLog audit;

    RecordAccess(ElasticsearchClient client, IndexNames names, AuditLog audit) {
        this.client = client;
        this.records = names.allRecords();
        this.audit = audit;
    }

    /**
     * @param unmask show full ID and phone numbers; needs {@link CurrentUser#canUnmask()}
     * @throws NotPermittedException     out of scope, or unmask without permission (audited)
     * @throws RecordNotFoundException   no such record (audited)
     * @throws io.liaisoninsight.ui.audit.AuditUnavailableException the audit trail cannot be written
     */
    public RecordDetail read(CurrentUser user, String id, boolean unmask) {
        Query byId = QueryBuilders.ids(i -> i.values(id));
        List<Hit<ObjectNode>> hits = find(ScopedSearch.withinScope(user.scope(), byId));
        if (hits.isEmpty()) {
            if (exists(byId)) {
                audit.record(user, AuditAction.RECORD_VIEW, AuditOutcome.DENIED, id, null,
                        Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name()));
                throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, id);
            }
            audit.record(user, AuditAction.RECORD_VIEW, AuditOutcome.NOT_FOUND, id, null, null);
            throw new RecordNotFoundException(id);
        }
        Hit<ObjectNode> hit = latest(hits);
        ObjectNode record = hit.source();
        String district = text(record, Fields.DISTRICT);
        String township = text(record, Fields.TOWNSHIP);
        if (!user.scope().permits(text(record, Fields.SOURCE), district, township,
                text(record, Fields.VisitNote.OFFICE))) {
            log.error("scope filter and Scope.permits disagree on record {} ({} {}) for {}: refusing", id, district,
                    township, user.username());
            audit.record(user, AuditAction.RECORD_VIEW, AuditOutcome.DENIED, id, null,
                    Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name()));
            throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, id);
        }
        if (unmask && !user.canUnmask()) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.DENIED, id, null,
                    Map.of("reason", NotPermittedException.Reason.NO_UNMASK_PERMISSION.name()));
            throw new NotPermittedException(NotPermittedException.Reason.NO_UNMASK_PERMISSION, id);
        }
        Source source = source(text(record, Fields.SOURCE));
        audit.record(user, AuditAction.RECORD_VIEW, AuditOutcome.SUCCESS, id, null,
                Map.of("source", String.valueOf(source), "district", String.valueOf(district), "masked", !unmask));
        if (unmask) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.SUCCESS, id, null, Map.of("fields", UNMASKED_FIELDS));
            return new RecordDetail(hit.id(), hit.index(), source, false, record);
        }
        return new RecordDetail(hit.id(), hit.index(), source, true, RecordMasking.mask(record));
    }

    private List<Hit<ObjectNode>> find(Query query) {
        try {
            // Two at most: the same id in two monthly indices would be a data error; the newest wins.
            return client.search(s -> s.index(records).ignoreUnavailable(true).allowNoIndices(true).size(2)
                    .query(query).source(src -> src.filter(f -> f.excludes(RecordMasking.INTERNAL_FIELDS))),
                    ObjectNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean exists(Query byId) {
        try {
            return client.count(c -> c.index(records).ignoreUnavailable(true).allowNoIndices(true).query(byId))
                    .count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hit<ObjectNode> latest(List<Hit<ObjectNode>> hits) {
        return hits.stream().max(Comparator.comparing(h -> String.valueOf(text(h.source(), Fields.UPDATED_AT))))
                .orElseThrow();
    }

    private static String text(ObjectNode record, String field) {
        JsonNode value = record == null ? null : record.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Source source(String name) {
        for (Source source : Source.values()) {
            if (source.name().equals(name)) {
                return source;
            }
        }
        return null;
    }
}
