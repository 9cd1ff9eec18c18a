package io.liaisoninsight.benchmarks;

import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the search requests the analytics UI's Elasticsearch client sends while recording is on (method, path
 * with parameters, body bytes as sent), so the benchmark can send exactly those requests straight to
 * Elasticsearch. Installed into the UI's HTTP client as a {@link RestClientBuilderCustomizer}; only requests to
 * {@code _search} are kept (the audit entry a search writes is the service's own cost, not a query).
 */
final class RequestRecorder implements RestClientBuilderCustomizer {

    /** One recorded request. */
    record Recorded(String method, String uri, byte[] body) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private volatile boolean on;

    @Override
    public void customize(RestClientBuilder builder) {
    }

    @Override
    public void customize(HttpAsyncClientBuilder builder) {
        builder.addInterceptorLast((HttpRequest request, org.apache.http.protocol.HttpContext context) -> {
            if (!on) {
                return;
            }
            String uri = request.getRequestLine().getUri();
            if (!uri.contains("/_search")) {
                return;
            }
            byte[] body = new byte[0];
            if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null) {
                body = bytes(enclosing.getEntity());
            }
            synchronized (recorded) {
                recorded.add(new Recorded(request.getRequestLine().getMethod(), uri, body));
            }
        });
    }

    /** Runs {@code action} with recording on and returns the search requests it made, in order. */
    List<Recorded> record(ThrowingRunnable action) throws Exception {
        synchronized (recorded) {
            recorded.clear();
        }
        on = true;
        try {
            action.run();
        } finally {
            on = false;
        }
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static byte[] bytes(HttpEntity entity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entity.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a request body back", e);
        }
        return out.toByteArray();
    }
}
