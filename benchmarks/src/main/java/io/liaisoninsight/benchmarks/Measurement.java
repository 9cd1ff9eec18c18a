package io.liaisoninsight.benchmarks;

import java.time.Duration;

/**
 * One timed run: how many documents (messages) and how many bytes of record JSON went through in how long.
 * Bytes are always the UTF-8 bytes of the records' JSON as published, so every row of the table is
 * comparable, whatever the row actually processed (text only, stored documents, Kafka messages).
 * {@code cpu} tells where the cores went meanwhile.
 */
public record Measurement(String name, long docs, long bytes, Duration elapsed, CpuUse cpu) {

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double docsPerSecond() {
        return docs / seconds();
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }
}
