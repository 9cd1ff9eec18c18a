package io.liaisoninsight.ingest.importer;

import java.util.Optional;

/** Where accepted rows go: a Kafka topic, or nowhere in a dry run. */
public interface RecordPublisher extends AutoCloseable {

    /** Hands one record over; delivery is confirmed later, by {@link #finish()}. */
    void publish(String key, byte[] value);

    /** The first failure reported so far, so the import can stop instead of sending into a broken broker. */
    Optional<String> failure();

    /** Waits until every record handed over is confirmed or failed. */
    Delivery finish();

    @Override
    void close();

    /** Publishes nothing: for {@code --dry-run}. */
    static RecordPublisher none() {
        return new RecordPublisher() {
            @Override
            public void publish(String key, byte[] value) {
            }

            @Override
            public Optional<String> failure() {
                return Optional.empty();
            }

            @Override
            public Delivery finish() {
                return Delivery.NONE;
            }

            @Override
            public void close() {
            }
        };
    }
}
