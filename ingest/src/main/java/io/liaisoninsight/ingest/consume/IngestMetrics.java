package io.liaisoninsight.ingest.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counters and timers of the pipeline, published by Actuator ({@code /actuator/metrics/liaison.ingest.*}
 * and Prometheus where enabled). Consumer lag comes from the Kafka client's own metrics, bound by
 * Micrometer ({@code kafka.consumer.fetch.manager.records.lag.max}).
 */
public final class IngestMetrics {

    final Counter consumed;
    final Counter indexed;
    final Counter stale;
    final Counter rejected;
    final Counter deadLettered;
    final Counter retries;
    final Timer batch;

    public IngestMetrics(MeterRegistry registry) {
        consumed = Counter.builder("liaison.ingest.consumed").description("records read from Kafka").register(registry);
        indexed = Counter.builder("liaison.ingest.indexed").description("records stored in Elasticsearch").register(registry);
        stale = Counter.builder("liaison.ingest.stale").description("updates ignored because a newer version is stored")
                .register(registry);
        rejected = Counter.builder("liaison.ingest.rejected").description("records refused by validation or mapping")
                .register(registry);
        deadLettered = Counter.builder("liaison.ingest.dead_lettered").description("records sent to the dead-letter topic")
                .register(registry);
        retries = Counter.builder("liaison.ingest.retries").description("batch write attempts that failed and were retried")
                .register(registry);
        batch = Timer.builder("liaison.ingest.batch").description("time from poll to commit of one batch")
                .publishPercentiles(0.5, 0.95).register(registry);
    }
}
