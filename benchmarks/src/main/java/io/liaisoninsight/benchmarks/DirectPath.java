package io.liaisoninsight.benchmarks;

import org.apache.http.HttpHost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The floor: the search requests the service made for a query (recorded by {@link RequestRecorder}: same
 * method, path, parameters and body bytes), sent one after the other straight to Elasticsearch with the
 * low-level REST client, each response read to its end and not parsed.
 */
final class DirectPath implements AutoCloseable {

    private final RestClient rest;

    DirectPath(String url) {
        this.rest = RestClient.builder(HttpHost.create(url)).build();
    }

    /** Sends the requests in order; returns the response bytes of the last one (for checks). */
    byte[] send(List<RequestRecorder.Recorded> requests) throws IOException {
        byte[] last = new byte[0];
        for (RequestRecorder.Recorded recorded : requests) {
            Response response = rest.performRequest(request(recorded));
            last = EntityUtils.toByteArray(response.getEntity());
        }
        return last;
    }

    static Request request(RequestRecorder.Recorded recorded) {
        String uri = recorded.uri();
        int q = uri.indexOf('?');
        Request request = new Request(recorded.method(), q < 0 ? uri : uri.substring(0, q));
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.addParameter(name, value);
            }
        }
        if (recorded.body().length > 0) {
            request.setEntity(new ByteArrayEntity(recorded.body(), ContentType.APPLICATION_JSON));
        }
        return request;
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
