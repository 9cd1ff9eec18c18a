package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users' saved searches in the saved-searches index: the criteria as the search page's URL parameters
 * (in {@code filters}; the typed text also in {@code query}), so a saved search opens exactly as it was.
 * Each user sees and changes only their own; a foreign id is refused and audited.
 */
@Service
class SavedSearches {

    static final int MAX_PER_USER = 100;
    static final int MAX_NAME = 100;

    private final ElasticsearchClient client;
    private final String alias;
    private final AuditLog audit;
    private final Clock clock;

    SavedSearches(ElasticsearchClient client, IndexNames names, AuditLog audit, Clock clock) {
        this.client = client;
        this.alias = names.alias(SystemIndex.SAVED_SEARCHES);
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's saved searches, newest first. */
    List<SavedSearch> list(CurrentUser user) {
        return find(QueryBuilders.term(t -> t.field(Fields.SavedSearch.OWNER).value(user.username())), MAX_PER_USER);
    }

    /** Every saved search with alerts on, of every user, for the scheduled check. */
    List<SavedSearch> alerting() {
        return find(QueryBuilders.bool(b -> b
                .filter(QueryBuilders.term(t -> t.field(Fields.SavedSearch.ALERTING).value(true)))
                .mustNot(QueryBuilders.term(t -> t.field(Fields.SavedSearch.OWNER).value(SynonymStore.OWNER)))), 10_000);
    }

    SavedSearch save(CurrentUser user, String name, SearchCriteria criteria, boolean alerting) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
        trimmed = trimmed.length() > MAX_NAME ? trimmed.substring(0, MAX_NAME) : trimmed;
        Instant now = clock.instant();
        SavedSearch saved = new SavedSearch(UUID.randomUUID().toString(), user.username(), trimmed, criteria, alerting,
                now, now);
        write(saved);
        return saved;
    }

    void setAlerting(CurrentUser user, String id, boolean alerting) {
        SavedSearch mine = owned(user, id);
        // Switching alerts on starts from now: records from the time it was off are not reported as new.
        Instant checked = alerting && !mine.alerting() ? clock.instant() : mine.lastCheckedAt();
        write(new SavedSearch(mine.id(), mine.owner(), mine.name(), mine.criteria(), alerting, mine.createdAt(), checked));
    }

    void delete(CurrentUser user, String id) {
        owned(user, id);
        try {
            client.delete(d -> d.index(alias).id(id).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the alert check has looked until {@code at}. */
    void checked(SavedSearch search, Instant at) {
        try {
            client.update(u -> u.index(alias).id(search.id())
                    .doc(Map.of(Fields.SavedSearch.LAST_CHECKED_AT, at.toString())), ObjectNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's own saved search; anyone else's is refused (and audited). */
    SavedSearch owned(CurrentUser user, String id) {
        Optional<SavedSearch> found = get(id);
        if (found.isEmpty() || !found.get().owner().equals(user.username())) {
            audit.record(user, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "saved-search:" + id, null,
                    Map.of("reason", NotPermittedException.Reason.OUT_OF_SCOPE.name()));
            throw new NotPermittedException(NotPermittedException.Reason.OUT_OF_SCOPE, "saved search " + id);
        }
        return found.get();
    }

    private Optional<SavedSearch> get(String id) {
        if (id == null || id.isBlank() || id.equals(SynonymStore.DOCUMENT_ID)) {
            return Optional.empty();
        }
        try {
            var response = client.get(g -> g.index(alias).id(id), ObjectNode.class);
            return response.found() && response.source() != null
                    ? Optional.of(read(response.id(), response.source())) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(SavedSearch search) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.SavedSearch.OWNER, search.owner());
        doc.put(Fields.SavedSearch.NAME, search.name());
        doc.put(Fields.SavedSearch.QUERY, search.criteria().text());
        doc.put(Fields.SavedSearch.FILTERS, search.criteria().toParameters());
        doc.put(Fields.SavedSearch.ALERTING, search.alerting());
        doc.put(Fields.SavedSearch.CREATED_AT, search.createdAt().toString());
        doc.put(Fields.SavedSearch.LAST_CHECKED_AT, search.lastCheckedAt().toString());
        try {
            client.index(i -> i.index(alias).id(search.id()).document(doc).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SavedSearch> find(co.elastic.clients.elasticsearch._types.query_dsl.Query query, int size) {
        try {
            SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(size).query(query)
                    .sort(o -> o.field(f -> f.field(Fields.SavedSearch.CREATED_AT).order(SortOrder.Desc))), ObjectNode.class);
            List<SavedSearch> found = new ArrayList<>();
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                if (!SynonymStore.DOCUMENT_ID.equals(hit.id()) && hit.source() != null) {
                    found.add(read(hit.id(), hit.source()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SavedSearch read(String id, ObjectNode doc) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        JsonNode filters = doc.path(Fields.SavedSearch.FILTERS);
        Iterator<Map.Entry<String, JsonNode>> fields = filters.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            List<String> values = new ArrayList<>();
            field.getValue().forEach(v -> values.add(v.asText()));
            if (field.getValue().isValueNode()) {
                values.add(field.getValue().asText());
            }
            params.put(field.getKey(), values);
        }
        Instant created = StoredFields.instant(doc.path(Fields.SavedSearch.CREATED_AT).asText(null));
        Instant checked = StoredFields.instant(doc.path(Fields.SavedSearch.LAST_CHECKED_AT).asText(null));
        return new SavedSearch(id, doc.path(Fields.SavedSearch.OWNER).asText(), doc.path(Fields.SavedSearch.NAME).asText(),
                SearchCriteria.fromParameters(params), doc.path(Fields.SavedSearch.ALERTING).asBoolean(false),
                created == null ? Instant.EPOCH : created, checked == null ? created : checked);
    }
}
