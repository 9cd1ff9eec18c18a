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

/**
 * Runs {@link ClosedMonthMerge} every {@code liaison.maintenance.merge-interval} once the schema is installed,
 * and sooner after a run that found a closed month still being written: an import of old files usually ends
 * within minutes, and its months should not wait hours for their merge.
 */
@Component
class ClosedMonthMergeSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClosedMonthMergeSchedule.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);
    private static final Duration BUSY_RETRY = Duration.ofMinutes(10);

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
        executor.schedule(this::runOnce, FIRST_RUN.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        Duration next = interval;
        try {
            next = nextRunAfter(merge.run(), interval);
        } catch (Exception e) {
            // Merging is an optimisation: try again next time, never disturb ingest.
            log.warn("merging closed months failed, next try in {}: {}", interval, e.toString());
        }
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::runOnce, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static Duration nextRunAfter(ClosedMonthMerge.Outcome outcome, Duration interval) {
        return outcome.stillBeingWritten().isEmpty() || interval.compareTo(BUSY_RETRY) <= 0 ? interval : BUSY_RETRY;
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
