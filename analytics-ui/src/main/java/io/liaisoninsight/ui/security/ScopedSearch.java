package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The only way features read records: searches, counts and aggregations on the records alias, the
 * caller's query always wrapped as {@code bool { must: query, filter: scope }} so the scope cannot be
 * forgotten or overridden. Returned documents are masked ({@link RecordMasking}) unless a user allowed to
 * unmask asks for clear numbers (audited as {@code UNMASK}); searches that return
 * documents are audited (fail closed: no audit entry, no results). Aggregations and counts return no
 * record content and are not audited.
 * <p>
 * Reading a whole result set page by page (exports) goes through {@link #readSnapshot}: this class opens a
 * point in time on the records alias, every page is a scoped, masked, audited search on it, and it is
 * closed when the reader returns or fails. Callers never supply a point in time ({@link SearchGuard}
 * refuses one), so none can be opened on other indices or read without the scope filter.
 * <p>
 * A single record by id goes through {@code RecordAccess}, which also distinguishes "not found" from
 * "not yours".
 */
@Service
public class ScopedSearch {

    private static final int MAX_AUDITED_QUERY = 4000;
    /** What an unmasked search reveals, for the audit entry. */
    private static final List<String> UNMASKED_FIELDS = List.of(Fields.Petition.COMPLAINANT_ID_NUMBER,
            Fields.Petition.COMPLAINANT_PHONE);

    private final ElasticsearchClient client;
    private final String records;
    private final AuditLog audit;

    ScopedSearch(ElasticsearchClient client, IndexNames names, AuditLog audit) {
        this.client = client;
        this.records = names.allRecords();
        this.audit = audit;
    }

    /** The user's scope as a filter, e.g. for a {@code significant_terms} background filter. */
    public Query scopeFilter(CurrentUser user) {
        return ScopeFilter.toQuery(user.scope());
    }

    /** {@code bool { must: query, filter: scope }}: the one way a query is combined with a scope. */
    public static Query withinScope(Scope scope, Query query) {
        Query callers = query == null ? QueryBuilders.matchAll(m -> m) : query;
        return QueryBuilders.bool(b -> b.must(callers).filter(ScopeFilter.toQuery(scope)));
    }

    /**
     * Records matching {@code query} within the user's scope, masked, and audited as {@link AuditAction#SEARCH}.
     *
     * @param intent  what the user asked, for the audit entry
     * @param query   the feature's query (null = everything in scope)
     * @param options size, from, sort, highlight, aggregations, _source filtering…; index and query are
     *                set here and must not be set by the caller ({@link SearchGuard} lists what else is refused)
     */
    public ScopedHits search(CurrentUser user, SearchIntent intent, Query query,
                             Consumer<SearchRequest.Builder> options) {
        return search(user, intent, query, options, false);
    }

    /**
     * As {@link #search(CurrentUser, SearchIntent, Query, Consumer)}, optionally with the personal numbers in
     * clear for a user allowed to unmask: refused ({@link NotPermittedException}, audited) without the
     * permission; otherwise audited as {@link AuditAction#UNMASK} with the record ids before anything is
     * returned. Internal fields are left out either way.
     */
    public ScopedHits search(CurrentUser user, SearchIntent intent, Query query,
                             Consumer<SearchRequest.Builder> options, boolean unmask) {
        if (unmask && !user.canUnmask()) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.DENIED, null, intent.text(),
                    Map.of("reason", NotPermittedException.Reason.NO_UNMASK_PERMISSION.name()));
            throw new NotPermittedException(NotPermittedException.Reason.NO_UNMASK_PERMISSION, "search");
        }
        SearchRequest request = request(user, query, options);
        return audited(user, intent, query, execute(request), unmask);
    }

    private ScopedHits audited(CurrentUser user, SearchIntent intent, Query query, SearchResponse<ObjectNode> response,
                               boolean unmask) {
        List<ScopedHits.Hit> hits = response.hits().hits().stream().map(h -> unmask ? clear(h) : masked(h)).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("filters", intent.filters());
        details.put("total", total);
        details.put("returned", hits.size());
        details.put("request", abbreviate(query == null ? "match_all" : JsonpUtils.toJsonString(query,
                client._jsonpMapper())));
        if (unmask) {
            details.put("masked", false);
        }
        audit.record(user, AuditAction.SEARCH, AuditOutcome.SUCCESS, null, intent.text(), details);
        if (unmask && !hits.isEmpty()) {
            audit.record(user, AuditAction.UNMASK, AuditOutcome.SUCCESS, null, intent.text(),
                    Map.of("fields", UNMASKED_FIELDS, "records", hits.stream().map(ScopedHits.Hit::id).toList()));
        }
        return new ScopedHits(total, hits, response.aggregations());
    }

    /** Aggregations over the records matching {@code query} within the user's scope (no documents). */
    public Map<String, Aggregate> aggregate(CurrentUser user, Query query, Map<String, Aggregation> aggregations) {
        SearchRequest request = request(user, query, r -> r.size(0).aggregations(aggregations));
        return execute(request).aggregations();
    }

    /** Number of records matching {@code query} within the user's scope. */
    public long count(CurrentUser user, Query query) {
        try {
            return client.count(c -> c.index(records).ignoreUnavailable(true).allowNoIndices(true)
                    .query(withinScope(user.scope(), query))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads pages of one consistent snapshot of the records (see {@link #readSnapshot}). */
    @FunctionalInterface
    public interface SnapshotReader<T> {
        T read(Snapshot snapshot) throws IOException;
    }

    /**
     * A point in time on the records alias, opened for one user by {@link #readSnapshot}: every page sees
     * the records as they were when it was opened (records indexed, changed or deleted since do not show),
     * within the user's scope, masked and audited like {@link #search}. Not shared between threads.
     */
    public final class Snapshot {

        private final CurrentUser user;
        private final String keepAlive;
        private String id;

        private Snapshot(CurrentUser user, String id, String keepAlive) {
            this.user = user;
            this.id = id;
            this.keepAlive = keepAlive;
        }

        /**
         * One page of {@code query} within the user's scope, on this snapshot; as {@link ScopedSearch#search}
         * (the same options are allowed and refused), with {@code search_after} for the next page.
         */
        public ScopedHits search(SearchIntent intent, Query query, Consumer<SearchRequest.Builder> options) {
            // The caller's options pass the same guard as any scoped search (which refuses a point in time);
            // then the same options are applied again with this snapshot's point in time instead of the index.
            request(user, query, options);
            SearchRequest.Builder builder = new SearchRequest.Builder();
            options.accept(builder);
            builder.pit(p -> p.id(id).keepAlive(t -> t.time(keepAlive)))
                    .query(withinScope(user.scope(), query));
            SearchRequest request = builder.build();
            SearchGuard.checkSnapshot(request, id, client._jsonpMapper());
            SearchResponse<ObjectNode> response = execute(request);
            if (response.pitId() != null) {
                id = response.pitId();
            }
            return audited(user, intent, query, response, false);
        }
    }

    /**
     * Opens a point in time on the records alias (only there, and only on the shards the user's scope can
     * match), lets {@code reader} page through it with {@link Snapshot#search}, and closes it when the reader
     * returns or throws.
     *
     * @param keepAlive how long the point in time lives between two pages, e.g. {@code 2m}
     */
    public <T> T readSnapshot(CurrentUser user, String keepAlive, SnapshotReader<T> reader) throws IOException {
        String id = client.openPointInTime(p -> p.index(records).ignoreUnavailable(true).keepAlive(t -> t.time(keepAlive))
                .indexFilter(ScopeFilter.toQuery(user.scope()))).id();
        Snapshot snapshot = new Snapshot(user, id, keepAlive);
        try {
            return reader.read(snapshot);
        } finally {
            try {
                client.closePointInTime(c -> c.id(snapshot.id));
            } catch (IOException | RuntimeException e) {
                // It expires after keepAlive anyway; the reader's outcome (or failure) is what matters.
                org.slf4j.LoggerFactory.getLogger(ScopedSearch.class).warn("could not close a point in time: {}",
                        e.toString());
            }
        }
    }

    private SearchRequest request(CurrentUser user, Query query, Consumer<SearchRequest.Builder> options) {
        SearchRequest.Builder builder = new SearchRequest.Builder();
        options.accept(builder);
        // Set last, so whatever the caller set is replaced; the guard then checks the caller added no index.
        builder.index(records).ignoreUnavailable(true).allowNoIndices(true)
                .query(withinScope(user.scope(), query));
        SearchRequest request = builder.build();
        SearchGuard.check(request, records, client._jsonpMapper());
        return request;
    }

    private SearchResponse<ObjectNode> execute(SearchRequest request) {
        try {
            return client.search(request, ObjectNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScopedHits.Hit clear(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        if (source != null) {
            source.remove(RecordMasking.INTERNAL_FIELDS);
        }
        return new ScopedHits.Hit(hit.id(), hit.index(), hit.score(), source, Map.copyOf(hit.highlight()), hit.sort());
    }

    private static ScopedHits.Hit masked(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source() == null ? null : RecordMasking.mask(hit.source());
        if (source != null) {
            source.remove(RecordMasking.INTERNAL_FIELDS);
        }
        Map<String, List<String>> highlight = new LinkedHashMap<>();
        hit.highlight().forEach((field, fragments) -> highlight.put(field, RecordMasking.maskFragments(fragments)));
        return new ScopedHits.Hit(hit.id(), hit.index(), hit.score(), source, Map.copyOf(highlight), hit.sort());
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_AUDITED_QUERY ? text : text.substring(0, MAX_AUDITED_QUERY) + "…";
    }
}
