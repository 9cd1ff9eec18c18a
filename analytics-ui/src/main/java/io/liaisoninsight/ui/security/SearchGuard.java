package io.liaisoninsight.ui.security;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses request options a feature could use, by mistake, to see past the scope filter or the
 * masking: its own index or query (replaced by ours), aggregations that ignore the query
 * ({@code global}) or return documents ({@code top_hits}, {@code inner_hits}), scripts and runtime
 * fields (which can read the raw personal numbers from {@code _source}), the fields API, suggesters
 * (index-wide terms), kNN and retrievers (their own queries), and {@code significant_*} aggregations
 * without a {@code background_filter} (their background is the whole index; pass
 * {@link ScopedSearch#scopeFilter}). A guard against mistakes in our own code: users never send
 * Elasticsearch requests.
 */
final class SearchGuard {

    private static final Set<String> FORBIDDEN_KEYS = Set.of("global", "top_hits", "inner_hits", "script",
            "script_fields", "runtime_mappings", "docvalue_fields", "suggest", "knn", "retriever", "rank", "pit");
    private static final Set<String> NEED_BACKGROUND_FILTER = Set.of("significant_terms", "significant_text");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchGuard() {
    }

    /** @throws IllegalArgumentException naming the first forbidden option */
    static void check(SearchRequest request, String index, JsonpMapper mapper) {
        if (!request.index().equals(List.of(index))) {
            throw new IllegalArgumentException("scoped searches run on " + index + " only, not " + request.index());
        }
        if (request.scroll() != null) {
            throw new IllegalArgumentException("scroll is not allowed in scoped searches; use search_after");
        }
        if (!request.fields().isEmpty()) {
            throw new IllegalArgumentException("the fields option is not allowed in scoped searches (it bypasses "
                    + "masking); read the masked _source");
        }
        JsonNode body;
        try {
            body = JSON.readTree(JsonpUtils.toJsonString(request, mapper));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the search request", e);
        }
        walk(body, "");
    }

    /**
     * A page of a {@link ScopedSearch.Snapshot}: no index (the point in time names them), the point in time
     * the snapshot owns, and otherwise what {@link #check} allows.
     */
    static void checkSnapshot(SearchRequest request, String pitId, JsonpMapper mapper) {
        if (!request.index().isEmpty()) {
            throw new IllegalArgumentException("a search on a point in time names no index, not " + request.index());
        }
        if (request.pit() == null || !pitId.equals(request.pit().id())) {
            throw new IllegalArgumentException("a snapshot search runs on its own point in time only");
        }
        if (request.scroll() != null || !request.fields().isEmpty()) {
            throw new IllegalArgumentException("scroll and the fields option are not allowed in scoped searches");
        }
        JsonNode body;
        try {
            body = JSON.readTree(JsonpUtils.toJsonString(request, mapper));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the search request", e);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("pit");
        walk(body, "");
    }

    private static void walk(JsonNode node, String path) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                walk(element, path);
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String at = path.isEmpty() ? key : path + "." + key;
            if (FORBIDDEN_KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not allowed in scoped searches (at " + at + ")");
            }
            if (NEED_BACKGROUND_FILTER.contains(key) && !field.getValue().has("background_filter")) {
                throw new IllegalArgumentException("'" + key + "' needs a background_filter with the scope filter"
                        + " (at " + at + ")");
            }
            walk(field.getValue(), at);
        }
    }
}
