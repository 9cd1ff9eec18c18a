package io.liaisoninsight.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void stepsCostIsAFlagAmongOptionsWithValues() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--records", "1000", "--steps-cost",
                "--set", "liaison.ingest.max-batch-records=1000"));

        assertThat(options.records()).isEqualTo(1000);
        assertThat(options.stepsCost()).isTrue();
        assertThat(options.ingestProperties()).isEqualTo(Map.of("liaison.ingest.max-batch-records", "1000"));
        assertThat(options.batchSize()).as("plain bulk follows the ingest batch size").isEqualTo(1000);
    }

    @Test
    void withoutTheFlagOnlyThePipelineWithItsStepsRuns() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--records", "1000"));

        assertThat(options.stepsCost()).isFalse();
        assertThat(options.batchSize()).isEqualTo(500);
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--records")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value after --records");
    }
}
