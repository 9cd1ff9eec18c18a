package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.ingest.system.BootstrapCompleted;
import io.liaisoninsight.schema.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs {@link ClosedMonthMerge} every {@code liaison.maintenance.merge-interval} once the schema is installed. */
@Component
class ClosedMonthMergeSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClosedMonthMergeSchedule.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final ClosedMonthMerge merge;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    ClosedMonthMergeSchedule(ElasticsearchClient client, IndexNames names, Clock clock, IngestProperties properties) {
        IngestProperties.Maintenance settings = properties.maintenance();
        this.merge = new ClosedMonthMerge(client, names, clock, settings.mergeAfter(), settings.mergeSegments(),
                settings.mergeQuiet(), duration -> Thread.sleep(duration.toMillis()));
        this.interval = settings.mergeInterval();
    }

    @EventListener
    public synchronized void on(BootstrapCompleted completed) {
        if (interval.isZero() || interval.isNegative() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "closed-month-merge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, FIRST_RUN.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            merge.run();
        } catch (Exception e) {
            // Merging is an optimisation: try again next time, never disturb ingest.
            log.warn("merging closed months failed, next try in {}: {}", interval, e.toString());
        }
    }

    @Override
    public void start() {
        // Scheduled on BootstrapCompleted, when the indices exist.
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
