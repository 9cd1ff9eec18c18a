package io.liaisoninsight.ingest.consume;

import java.time.Duration;

/** Exponential back-off between retries: initial, doubled each time, capped. */
public record Backoff(Duration initial, Duration max) {

    public Duration delay(int attempt) {
        long millis = initial.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
