package io.liaisoninsight.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Latency samples of one path and their nearest-rank percentiles. */
record Percentiles(int count, double p50, double p95, double max) {

    /** Nearest rank: the smallest sample with at least {@code p}% of all samples at or below it. */
    static double nearestRank(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static Percentiles of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 95),
                sorted[sorted.length - 1]);
    }
}
