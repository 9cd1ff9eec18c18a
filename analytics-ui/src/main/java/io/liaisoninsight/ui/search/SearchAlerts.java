package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.system.StoredFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.KnownUsers;
import io.liaisoninsight.ui.security.ScopedHits;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.security.SearchIntent;
import io.liaisoninsight.ui.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Saved-search alerts. A check looks for records that arrived ({@code ingestedAt}) since the saved
 * search's last check and match it, within the owner's current scope, and records each as an alert
 * with the words that matched (from the highlight) as the reason. The alert holds ids and words only;
 * the record is read again through {@link ScopedSearch} when shown, so scope and masking apply then.
 * <p>
 * Checks run on a schedule ({@link AlertSchedule}) for users known to the configuration, and whenever
 * the owner opens the alert page (which also covers single-sign-on users). The window reaches back a
 * little ({@code overlap}) so records indexed but not yet searchable at the last check are not missed;
 * an alert's id is (saved search, record), created only once, so nothing is reported twice.
 */
@Service
class SearchAlerts {

    private static final Logger log = LoggerFactory.getLogger(SearchAlerts.class);
    static final int MAX_SHOWN = 200;

    /** One unseen alert as shown: the record (masked, in scope now) and why it matched. */
    record Alert(String id, String savedSearchId, String savedSearchName, ResultItem record, List<String> matchedTerms,
                 Instant matchedAt) {
    }

    private final SavedSearches saved;
    private final SearchService search;
    private final ScopedSearch scoped;
    private final ElasticsearchClient client;
    private final String alias;
    private final KnownUsers users;
    private final SearchSettings settings;
    private final Clock clock;

    SearchAlerts(SavedSearches saved, SearchService search, ScopedSearch scoped, ElasticsearchClient client,
                 IndexNames names, KnownUsers users, SearchSettings settings, Clock clock) {
        this.saved = saved;
        this.search = search;
        this.scoped = scoped;
        this.client = client;
        this.alias = names.alias(SystemIndex.ALERTS);
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** The scheduled check: every alerting saved search whose owner is a configured user. @return new alerts */
    int checkAll() {
        int created = 0;
        for (SavedSearch s : saved.alerting()) {
            Optional<CurrentUser> owner = users.byUsername(s.owner());
            if (owner.isEmpty()) {
                continue;
            }
            try {
                created += check(owner.get(), s);
            } catch (RuntimeException e) {
                log.warn("alert check of saved search {} of {} failed, will retry: {}", s.id(), s.owner(),
                        Problems.describe(e));
            }
        }
        return created;
    }

    /** Checks the user's own alerting searches now (the alert page does this). @return new alerts */
    int check(CurrentUser user) {
        int created = 0;
        for (SavedSearch s : saved.list(user)) {
            if (s.alerting()) {
                created += check(user, s);
            }
        }
        return created;
    }

    /** One saved search for its owner: new matches since the last check become alerts. */
    int check(CurrentUser owner, SavedSearch saved) {
        Instant now = clock.instant();
        Instant from = saved.lastCheckedAt().minus(settings.alerts().overlap());
        SearchQuery plan = search.plan(saved.criteria());
        Query arrived = plan.arrivedBetween(from, now);
        int created = 0;
        // Counting returns no records and is not audited: the audited search runs only when there is news.
        if (scoped.count(owner, arrived) > 0) {
            Map<String, Object> details = new LinkedHashMap<>(saved.criteria().describe());
            details.put("savedSearch", saved.id());
            details.put("alertCheck", true);
            ScopedHits hits = scoped.search(owner, new SearchIntent(saved.criteria().text(), details), arrived,
                    b -> b.size(settings.alerts().maxPerCheck()).highlight(plan.highlight())
                            .sort(o -> o.field(f -> f.field(Fields.INGESTED_AT).order(SortOrder.Desc)))
                            .source(s -> s.filter(f -> f.includes(Fields.ID))));
            created = record(owner, saved, hits.hits(), now);
        }
        this.saved.checked(saved, now);
        return created;
    }

    /** Unseen alerts of the user whose records are in the user's scope now, newest first. */
    List<Alert> unseen(CurrentUser user) {
        List<ObjectNode> docs = alertDocs(user);
        if (docs.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = saved.list(user).stream()
                .collect(Collectors.toMap(SavedSearch::id, SavedSearch::name, (a, b) -> a));
        List<String> recordIds = docs.stream().map(d -> d.path(Fields.Alert.RECORD_ID).asText()).distinct().toList();
        ScopedHits records = scoped.search(user, new SearchIntent(null, Map.of("alerts", recordIds.size())),
                QueryBuilders.ids(i -> i.values(recordIds)), b -> b.size(recordIds.size())
                        .source(s -> s.filter(f -> f.includes(SearchQuery.LIST_FIELDS))));
        Map<String, ResultItem> byId = records.hits().stream().map(search::item)
                .collect(Collectors.toMap(ResultItem::id, Function.identity(), (a, b) -> a));
        List<Alert> alerts = new ArrayList<>();
        for (ObjectNode doc : docs) {
            ResultItem record = byId.get(doc.path(Fields.Alert.RECORD_ID).asText());
            String savedId = doc.path(Fields.Alert.SAVED_SEARCH_ID).asText();
            if (record == null || !names.containsKey(savedId)) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            doc.path(Fields.Alert.MATCHED_TERMS).forEach(t -> terms.add(t.asText()));
            alerts.add(new Alert(doc.path("_id").asText(), savedId, names.get(savedId), record, terms,
                    StoredFields.instant(doc.path(Fields.Alert.MATCHED_AT).asText(null))));
        }
        return alerts;
    }

    /** Unseen alerts of the user (ids only, no record content; not audited): the menu badge. */
    long unseenCount(CurrentUser user) {
        try {
            return client.count(c -> c.index(alias).query(unseenOf(user))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the user's own alerts seen; ids of other users' alerts are ignored. */
    void markSeen(CurrentUser user, List<String> alertIds) {
        if (alertIds.isEmpty()) {
            return;
        }
        try {
            List<String> mine = client.search(s -> s.index(alias).size(alertIds.size()).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b.filter(QueryBuilders.ids(i -> i.values(alertIds)))
                            .filter(QueryBuilders.term(t -> t.field(Fields.Alert.OWNER).value(user.username()))))),
                    ObjectNode.class).hits().hits().stream().map(Hit::id).toList();
            if (mine.isEmpty()) {
                return;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
            String at = clock.instant().toString();
            for (String id : mine) {
                bulk.operations(o -> o.update(u -> u.index(alias).id(id)
                        .action(a -> a.doc(Map.of(Fields.Alert.SEEN_AT, at)))));
            }
            client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int record(CurrentUser owner, SavedSearch saved, List<ScopedHits.Hit> hits, Instant now) {
        if (hits.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        for (ScopedHits.Hit hit : hits) {
            List<String> fragments = new ArrayList<>(hit.highlight().getOrDefault(Fields.TITLE, List.of()));
            fragments.addAll(hit.highlight().getOrDefault(Fields.CONTENT, List.of()));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put(Fields.Alert.OWNER, owner.username());
            doc.put(Fields.Alert.SAVED_SEARCH_ID, saved.id());
            doc.put(Fields.Alert.RECORD_ID, hit.id());
            doc.put(Fields.Alert.MATCHED_AT, now.toString());
            doc.put(Fields.Alert.MATCHED_TERMS, Highlights.matchedTerms(fragments));
            // create, not index: an alert already raised (and perhaps seen) is never raised again.
            bulk.operations(o -> o.create(c -> c.index(alias).id(saved.id() + "/" + hit.id()).document(doc)));
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            int created = 0;
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    created++;
                } else if (item.status() != 409) {
                    throw new IllegalStateException("alert not stored: " + item.error().reason());
                }
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ObjectNode> alertDocs(CurrentUser user) {
        try {
            List<ObjectNode> docs = new ArrayList<>();
            for (Hit<ObjectNode> hit : client.search(s -> s.index(alias).size(MAX_SHOWN).query(unseenOf(user))
                    .sort(o -> o.field(f -> f.field(Fields.Alert.MATCHED_AT).order(SortOrder.Desc))), ObjectNode.class)
                    .hits().hits()) {
                if (hit.source() != null) {
                    docs.add(hit.source().put("_id", hit.id()));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query unseenOf(CurrentUser user) {
        return QueryBuilders.bool(b -> b.filter(QueryBuilders.term(t -> t.field(Fields.Alert.OWNER).value(user.username())))
                .mustNot(QueryBuilders.exists(e -> e.field(Fields.Alert.SEEN_AT))));
    }
}
