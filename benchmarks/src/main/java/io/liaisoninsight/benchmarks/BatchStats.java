package io.liaisoninsight.benchmarks;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import java.util.concurrent.TimeUnit;

/**
 * The ingest service's {@code liaison.ingest.batch} timer (poll to commit of one batch) over the whole run.
 *
 * @param batches       batches committed
 * @param p50Millis     median batch time (Micrometer's client-side percentile estimate)
 * @param p95Millis     95th percentile
 * @param busySeconds   sum of all batch times: the consumer thread's busy time
 */
public record BatchStats(long batches, double p50Millis, double p95Millis, double busySeconds) {

    public static final BatchStats NONE = new BatchStats(0, Double.NaN, Double.NaN, 0);

    public static BatchStats of(Timer timer) {
        if (timer == null) {
            return NONE;
        }
        HistogramSnapshot snapshot = timer.takeSnapshot();
        double p50 = Double.NaN;
        double p95 = Double.NaN;
        for (ValueAtPercentile v : snapshot.percentileValues()) {
            if (v.percentile() == 0.5) {
                p50 = v.value(TimeUnit.MILLISECONDS);
            } else if (v.percentile() == 0.95) {
                p95 = v.value(TimeUnit.MILLISECONDS);
            }
        }
        return new BatchStats(snapshot.count(), p50, p95, snapshot.total(TimeUnit.SECONDS));
    }
}
