package io.liaisoninsight.ingest.importer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Keeps what would be published; can fail from a given record on, as a broker that stops answering. */
final class RecordingPublisher implements RecordPublisher {

    final Map<String, String> published = new LinkedHashMap<>();
    private final int failFrom;
    private String failure;

    RecordingPublisher() {
        this(Integer.MAX_VALUE);
    }

    RecordingPublisher(int failFrom) {
        this.failFrom = failFrom;
    }

    @Override
    public void publish(String key, byte[] value) {
        if (published.size() + 1 >= failFrom) {
            failure = "TimeoutException: Topic not present in metadata after 30000 ms.";
            return;
        }
        published.put(key, new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public Delivery finish() {
        return new Delivery(published.size(), failure == null ? 0 : 1, failure);
    }

    @Override
    public void close() {
    }
}
