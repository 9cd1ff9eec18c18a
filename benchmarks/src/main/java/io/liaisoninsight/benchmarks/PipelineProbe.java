package io.liaisoninsight.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetRequest;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.liaisoninsight.ingest.index.BatchStep;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the in-process service's batch time goes, without changing the service: a bean post-processor
 * wraps each {@link BatchStep} (duplicate groups, complainant identities) and the typed Elasticsearch
 * client with timers. Client calls are attributed to the batch step running on the calling thread; a
 * bulk outside any step is the records' own bulk write. What the batch timer holds beyond these is
 * reading, validating, normalising, enriching and building the documents (plus the offset commit).
 */
public final class PipelineProbe implements BeanPostProcessor {

    /** Stage name → nanoseconds spent, e.g. {@code DuplicateGrouper}, {@code DuplicateGrouper search}, {@code bulk}. */
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final ThreadLocal<String> currentStep = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof BatchStep step) {
            String name = step.getClass().getSimpleName();
            return (BatchStep) batch -> {
                currentStep.set(name);
                long start = System.nanoTime();
                try {
                    step.apply(batch);
                } finally {
                    record(name, start);
                    currentStep.remove();
                }
            };
        }
        if (bean instanceof ElasticsearchClient client && bean.getClass() == ElasticsearchClient.class) {
            return new TimedClient(client);
        }
        return bean;
    }

    /** Time spent in one stage over the run, and how many times it ran. */
    public record StageTime(String stage, double seconds, long calls) {
    }

    /** Every stage seen, sorted by name. */
    public List<StageTime> totals() {
        return nanos.entrySet().stream().map(e -> new StageTime(e.getKey(), e.getValue().sum() / 1e9,
                calls.get(e.getKey()).sum())).sorted(Comparator.comparing(StageTime::stage)).toList();
    }

    private void record(String stage, long start) {
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - start);
        calls.computeIfAbsent(stage, s -> new LongAdder()).increment();
    }

    private String stage(String call) {
        String step = currentStep.get();
        return step == null ? call : step + " " + call;
    }

    /** The service's own client, timing the calls the pipeline makes per batch. */
    private final class TimedClient extends ElasticsearchClient {

        TimedClient(ElasticsearchClient client) {
            super(client._transport(), client._transportOptions());
        }

        @Override
        public BulkResponse bulk(BulkRequest request) throws IOException {
            long start = System.nanoTime();
            try {
                return super.bulk(request);
            } finally {
                record(stage("bulk"), start);
            }
        }

        @Override
        public <T> SearchResponse<T> search(SearchRequest request, Class<T> documentClass) throws IOException {
            long start = System.nanoTime();
            try {
                return super.search(request, documentClass);
            } finally {
                record(stage("search"), start);
            }
        }

        @Override
        public <T> MgetResponse<T> mget(MgetRequest request, Class<T> documentClass) throws IOException {
            long start = System.nanoTime();
            try {
                return super.mget(request, documentClass);
            } finally {
                record(stage("mget"), start);
            }
        }
    }
}
