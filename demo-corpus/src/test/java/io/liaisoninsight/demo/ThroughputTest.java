package io.liaisoninsight.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints (does not assert) generation speed to a sink that only counts, and the heap after the run. */
class ThroughputTest {

    @Test
    void hundredThousandRecordsToANullSink() {
        int records = Integer.getInteger("demo.throughput.records", 100_000);
        long[] count = new long[1];
        long started = System.nanoTime();
        GroundTruth truth = new CorpusGenerator(CorpusSettings.of(1, records)).generate(r -> count[0]++);
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("throughput: %,d records in %.1f s = %,.0f records/s, %.1f MB/s (%.0f MB JSON); "
                        + "heap used after run %d MB%n", records, seconds, records / seconds,
                truth.counts().bytes() / 1e6 / seconds, truth.counts().bytes() / 1e6,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertThat(count[0]).isEqualTo(records);
    }
}
