package io.liaisoninsight.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        List<Double> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        Collections.shuffle(samples, new java.util.Random(7));
        Percentiles p = Percentiles.of(samples);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.max()).isEqualTo(100.0);
    }

    @Test
    void smallSamplesTakeTheNextRankUp() {
        double[] sorted = {10, 20, 30};
        assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(sorted, 95)).isEqualTo(30);
        assertThat(Percentiles.nearestRank(new double[]{4}, 95)).isEqualTo(4);
    }

    @Test
    void refusesNoSamplesAndOddPercentiles() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new double[]{1}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
