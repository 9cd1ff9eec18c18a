package io.liaisoninsight.benchmarks;

/**
 * CPU spent during one timed run, in cores (CPU seconds per wall second): by this JVM (the benchmark and,
 * for the pipeline row, the in-process ingest service), by Elasticsearch, and by the whole machine (which
 * also counts Kafka and anything else running: a high "other" share means the figures are disturbed).
 */
public record CpuUse(double jvmCores, double elasticsearchCores, double machineCores) {

    public double otherCores() {
        return Math.max(0, machineCores - jvmCores - elasticsearchCores);
    }
}
