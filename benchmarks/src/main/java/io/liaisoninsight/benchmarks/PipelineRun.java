package io.liaisoninsight.benchmarks;

import io.liaisoninsight.demo.CorpusRecord;
import io.liaisoninsight.demo.KafkaSink;
import io.liaisoninsight.ingest.IngestApplication;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.system.Bootstrap;
import io.liaisoninsight.schema.IndexNames;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline: the ingest service started in this JVM on fresh topics and a fresh index prefix (it
 * installs the templates and creates the topics itself), then every message published with the demo
 * {@link KafkaSink} while the service consumes. Timed from the first send until every message is settled
 * by the service and the records alias, refreshed, counts every distinct record. Settling is read from
 * the service's own counters every 100 ms, so the benchmark adds no searches or refreshes while it runs.
 */
public final class PipelineRun {

    private static final int PARTITIONS = 3;
    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);

    private final String elasticsearch;
    private final String kafka;
    private final Map<String, String> extraProperties;
    private final boolean batchSteps;

    public PipelineRun(String elasticsearch, String kafka, Map<String, String> extraProperties, boolean batchSteps) {
        this.elasticsearch = elasticsearch;
        this.kafka = kafka;
        this.extraProperties = extraProperties;
        this.batchSteps = batchSteps;
    }

    public String name() {
        return batchSteps ? "pipeline" : "pipeline w/o steps";
    }

    public PipelineResult run(Corpus corpus, StoredDocuments documents, RunNames names, IndexNames indexNames,
                              EsHttp http, CpuMeter cpu) throws IOException, InterruptedException {
        PipelineProbe probe = new PipelineProbe();
        try (ConfigurableApplicationContext service = start(names, probe)) {
            MeterRegistry metrics = service.getBean(MeterRegistry.class);
            KafkaSink sink = new KafkaSink(kafka, names.topicPrefix(), PARTITIONS);
            CpuMeter.Sample before = cpu.sample();
            CompletableFuture<Long> published = CompletableFuture.supplyAsync(() -> publish(corpus.records(), sink));
            long settledAt = awaitSettled(metrics, corpus.size(), published);
            long stored = awaitVisible(http, indexNames.allRecords(), documents.distinctIds());
            CpuMeter.Sample after = cpu.sample();
            Duration elapsed = Duration.ofNanos(after.wallNanos() - before.wallNanos());
            Measurement measurement = new Measurement(name(), corpus.size(), corpus.jsonBytes(), elapsed,
                    after.since(before));
            return new PipelineResult(measurement, Duration.ofNanos(published.join() - before.wallNanos()),
                    Duration.ofNanos(settledAt - before.wallNanos()),
                    BatchStats.of(metrics.find("liaison.ingest.batch").timer()), stored, documents.distinctIds(),
                    probe.totals());
        }
    }

    private ConfigurableApplicationContext start(RunNames names, PipelineProbe probe) throws InterruptedException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.main.web-application-type", "none");
        // This jar also holds the analytics UI (search benchmark); its Vaadin auto-configuration needs a web
        // application context, which the ingest service does not have.
        properties.put("spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("spring.elasticsearch.uris", elasticsearch);
        properties.put("spring.kafka.bootstrap-servers", kafka);
        properties.put("liaison.index.prefix", names.indexPrefix());
        properties.put("liaison.ingest.topic-prefix", names.topicPrefix());
        properties.put("liaison.ingest.topic-partitions", String.valueOf(PARTITIONS));
        properties.put("liaison.ingest.consumer-group", names.consumerGroup());
        // Percentiles over the whole run, not Micrometer's default two-minute window.
        properties.put("management.metrics.distribution.expiry[liaison.ingest.batch]", "2h");
        properties.put("management.metrics.distribution.buffer-length[liaison.ingest.batch]", "1");
        properties.put("logging.level.root", "warn");
        properties.put("liaison.maintenance.merge-interval", "0");
        properties.putAll(extraProperties);
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v)); // command-line precedence over application.properties
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestApplication.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(probe))
                .initializers(c -> {
                    if (!batchSteps) {
                        c.addBeanFactoryPostProcessor(PipelineRun::removeBatchSteps);
                    }
                })
                .run(args.toArray(String[]::new));
        Bootstrap bootstrap = context.getBean(Bootstrap.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!bootstrap.isComplete()) {
            if (System.nanoTime() > deadline) {
                context.close();
                throw new IllegalStateException("ingest service did not finish its bootstrap: " + bootstrap.states());
            }
            Thread.sleep(100);
        }
        return context;
    }

    /** The service's batch ingester then gets an empty list of steps. */
    private static void removeBatchSteps(ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanNamesForType(BatchStep.class, true, false)) {
            ((BeanDefinitionRegistry) factory).removeBeanDefinition(name);
        }
    }

    /** Sends every message and waits for every acknowledgement; returns when that happened (nanoTime). */
    private static long publish(List<CorpusRecord> records, KafkaSink sink) {
        try (sink) {
            records.forEach(sink::accept);
        } catch (IOException e) {
            throw new IllegalStateException("publishing failed", e);
        }
        return System.nanoTime();
    }

    /** Waits until the service has settled every message (stored, stale or dead-lettered); returns when. */
    private static long awaitSettled(MeterRegistry metrics, long messages, CompletableFuture<Long> published)
            throws InterruptedException {
        double last = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            double settled = count(metrics, "liaison.ingest.indexed") + count(metrics, "liaison.ingest.stale")
                    + count(metrics, "liaison.ingest.rejected");
            if (settled >= messages) {
                return System.nanoTime();
            }
            if (published.isCompletedExceptionally()) {
                published.join(); // throws the publishing failure
            }
            if (settled > last) {
                last = settled;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                throw new IllegalStateException("pipeline made no progress for " + STALL_LIMIT + " at " + settled
                        + " of " + messages + " messages");
            }
            Thread.sleep(100);
        }
    }

    /** Refreshes and counts until every record is visible (at most 30 s after settling); returns the count. */
    private static long awaitVisible(EsHttp http, String alias, long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long count = http.refreshAndCount(alias);
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            count = http.refreshAndCount(alias);
        }
        return count;
    }

    private static double count(MeterRegistry metrics, String name) {
        var counter = metrics.find(name).counter();
        return counter == null ? 0 : counter.count();
    }
}
