package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings in the meetings index (through its alias). Updates carry the sequence number read, so two
 * people recording decisions at once cannot overwrite each other ({@link Conflict}; the service retries).
 * Knows nothing of users or scopes: {@link MeetingService} decides who may read or write.
 */
@Component
class MeetingStore {

    private final ElasticsearchClient client;
    private final String alias;

    MeetingStore(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.alias = names.alias(SystemIndex.MEETINGS);
    }

    /** Stores a new meeting under {@code id}; visible to searches when this returns. */
    Meeting create(String id, String title, Period period, List<String> scope, String createdBy, Instant createdAt) {
        Meeting meeting = new Meeting(id, title, period, scope, createdBy, createdAt, List.of(), 0, 0);
        try {
            IndexResponse response = client.index(i -> i.index(alias).id(id).opType(OpType.Create)
                    .requireAlias(true).refresh(Refresh.WaitFor).document(document(meeting)));
            return withVersion(meeting, response.seqNo(), response.primaryTerm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Meeting> find(String id) {
        try {
            GetResponse<ObjectNode> response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
            if (!response.found() || response.source() == null) {
                return Optional.empty();
            }
            return Optional.of(meeting(response.id(), response.source(), response.seqNo(), response.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest meetings matching {@code query} (null: all). */
    List<Meeting> newest(Query query, int limit) {
        try {
            List<Hit<ObjectNode>> hits = client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true)
                    .size(limit).seqNoPrimaryTerm(true).query(query == null ? Query.of(q -> q.matchAll(m -> m)) : query)
                    .sort(o -> o.field(f -> f.field(Fields.Meeting.CREATED_AT).order(SortOrder.Desc))), ObjectNode.class)
                    .hits().hits();
            return hits.stream().filter(h -> h.source() != null)
                    .map(h -> meeting(h.id(), h.source(), h.seqNo() == null ? 0 : h.seqNo(),
                            h.primaryTerm() == null ? 0 : h.primaryTerm())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the meeting with new decisions, if nobody changed it since it was read. @throws Conflict otherwise */
    Meeting update(Meeting read, List<Decision> decisions) {
        Meeting next = new Meeting(read.id(), read.title(), read.period(), read.scope(), read.createdBy(),
                read.createdAt(), decisions, read.seqNo(), read.primaryTerm());
        try {
            IndexResponse response = client.index(i -> i.index(alias).id(read.id()).requireAlias(true)
                    .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.WaitFor)
                    .document(document(next)));
            return withVersion(next, response.seqNo(), response.primaryTerm());
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                throw new Conflict(read.id());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The meeting changed since it was read. */
    static final class Conflict extends RuntimeException {
        Conflict(String id) {
            super("meeting " + id + " was changed concurrently");
        }
    }

    private static Meeting withVersion(Meeting m, long seqNo, long primaryTerm) {
        return new Meeting(m.id(), m.title(), m.period(), m.scope(), m.createdBy(), m.createdAt(), m.decisions(),
                seqNo, primaryTerm);
    }

    static Map<String, Object> document(Meeting meeting) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.Meeting.TITLE, meeting.title());
        doc.put(Fields.Meeting.PERIOD_FROM, meeting.period().from().toString());
        doc.put(Fields.Meeting.PERIOD_TO, meeting.period().to().toString());
        doc.put(Fields.Meeting.DISTRICTS, meeting.scope());
        doc.put(Fields.Meeting.CREATED_BY, meeting.createdBy());
        doc.put(Fields.Meeting.CREATED_AT, meeting.createdAt().toString());
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Decision d : meeting.decisions()) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put(leaf(Fields.Meeting.DECISION_ID), d.id());
            decision.put(leaf(Fields.Meeting.DECISION_KIND), d.kind().name());
            decision.put(leaf(Fields.Meeting.DECISION_TEXT), d.text());
            if (d.owner() != null) {
                decision.put(leaf(Fields.Meeting.DECISION_OWNER), d.owner());
            }
            if (d.dueAt() != null) {
                decision.put(leaf(Fields.Meeting.DECISION_DUE_AT), d.dueAt().toString());
            }
            decision.put(leaf(Fields.Meeting.DECISION_STATUS), d.status().name());
            decision.put(leaf(Fields.Meeting.DECISION_DECIDED_BY), d.decidedBy());
            decision.put(leaf(Fields.Meeting.DECISION_DECIDED_AT), d.decidedAt().toString());
            decisions.add(decision);
        }
        doc.put(Fields.Meeting.DECISIONS, decisions);
        return doc;
    }

    static Meeting meeting(String id, ObjectNode source, long seqNo, long primaryTerm) {
        List<String> scope = new ArrayList<>();
        source.path(Fields.Meeting.DISTRICTS).forEach(d -> scope.add(d.asText()));
        List<Decision> decisions = new ArrayList<>();
        for (JsonNode d : source.path(Fields.Meeting.DECISIONS)) {
            decisions.add(new Decision(d.path(leaf(Fields.Meeting.DECISION_ID)).asText(),
                    Decision.Kind.valueOf(d.path(leaf(Fields.Meeting.DECISION_KIND)).asText(Decision.Kind.DECISION.name())),
                    d.path(leaf(Fields.Meeting.DECISION_TEXT)).asText(""),
                    d.path(leaf(Fields.Meeting.DECISION_OWNER)).asText(null),
                    date(d.path(leaf(Fields.Meeting.DECISION_DUE_AT)).asText(null)),
                    Decision.Status.valueOf(d.path(leaf(Fields.Meeting.DECISION_STATUS)).asText(Decision.Status.OPEN.name())),
                    d.path(leaf(Fields.Meeting.DECISION_DECIDED_BY)).asText(null),
                    StoredFields.instant(d.path(leaf(Fields.Meeting.DECISION_DECIDED_AT)).asText(null))));
        }
        return new Meeting(id, source.path(Fields.Meeting.TITLE).asText(""),
                new Period(date(source.path(Fields.Meeting.PERIOD_FROM).asText()),
                        date(source.path(Fields.Meeting.PERIOD_TO).asText())),
                scope, source.path(Fields.Meeting.CREATED_BY).asText(null),
                StoredFields.instant(source.path(Fields.Meeting.CREATED_AT).asText(null)), decisions, seqNo,
                primaryTerm);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** {@code decisions.text} → {@code text}: the name inside a decision object. */
    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
