package io.liaisoninsight.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;

/** The few plain HTTP calls the benchmark makes itself: raw bulk bodies, refresh, count, node facts. */
public final class EsHttp implements AutoCloseable {

    private final RestClient rest;
    private final ObjectMapper json;

    public EsHttp(String url, ObjectMapper json) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
        this.json = json;
    }

    /**
     * Sends one NDJSON bulk body; returns the number of items Elasticsearch refused, not counting version
     * conflicts (an older update of a record arriving after a newer one loses, as in the pipeline).
     */
    public int bulk(byte[] ndjson) throws IOException {
        Request request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", "errors,items.*.error.type");
        request.setEntity(new ByteArrayEntity(ndjson, ContentType.create("application/x-ndjson")));
        JsonNode response = call(request);
        if (!response.path("errors").asBoolean()) {
            return 0;
        }
        int failed = 0;
        for (JsonNode item : response.path("items")) {
            String error = item.elements().next().path("error").path("type").asText("");
            if (!error.isEmpty() && !error.equals("version_conflict_engine_exception")) {
                failed++;
            }
        }
        return failed;
    }

    /** Refreshes the indices behind {@code target} and counts their documents. */
    public long refreshAndCount(String target) throws IOException {
        call(new Request("POST", "/" + target + "/_refresh"));
        return call(new Request("GET", "/" + target + "/_count")).path("count").asLong();
    }

    /** The JSON document {@code id} of {@code index}, or null if the index or the document does not exist. */
    public JsonNode document(String index, String id) throws IOException {
        Request request = new Request("GET", "/" + index + "/_doc/" + id);
        request.addParameter("ignore", "404");
        JsonNode response = call(request);
        return response.path("found").asBoolean() ? response.path("_source") : null;
    }

    /** Stores {@code document} as {@code id} in {@code index} (created with dynamic mappings), refreshed. */
    public void put(String index, String id, JsonNode document) throws IOException {
        Request request = new Request("PUT", "/" + index + "/_doc/" + id);
        request.addParameter("refresh", "true");
        request.setEntity(new ByteArrayEntity(json.writeValueAsBytes(document), ContentType.APPLICATION_JSON));
        call(request);
    }

    /** Sends a search body as it is to {@code target}; returns the response. */
    public JsonNode search(String target, byte[] body) throws IOException {
        Request request = new Request("POST", "/" + target + "/_search");
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return call(request);
    }

    /** Counts the documents behind {@code target}, without refreshing; 0 if it does not exist. */
    public long count(String target) throws IOException {
        Request request = new Request("GET", "/" + target + "/_count");
        request.addParameter("ignore_unavailable", "true");
        request.addParameter("allow_no_indices", "true");
        return call(request).path("count").asLong();
    }

    /** Version and heap of the (first) node, for the report. */
    public String describe() throws IOException {
        JsonNode node = call(new Request("GET", "/_nodes/_local/jvm,os")).path("nodes").elements().next();
        String version = node.path("version").asText();
        long heap = node.path("jvm").path("mem").path("heap_max_in_bytes").asLong();
        int processors = node.path("os").path("allocated_processors").asInt();
        return "Elasticsearch " + version + ", heap " + (heap >> 20) + " MB, " + processors + " processors";
    }

    /** CPU time Elasticsearch's process has used so far (local node). */
    public long processCpuMillis() throws IOException {
        return call(new Request("GET", "/_nodes/_local/stats/process")).path("nodes").elements().next()
                .path("process").path("cpu").path("total_in_millis").asLong();
    }

    private JsonNode call(Request request) throws IOException {
        Response response = rest.performRequest(request);
        try (InputStream body = response.getEntity().getContent()) {
            return json.readTree(body);
        }
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
