package io.liaisoninsight.ingest.index;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedMonthMergeScheduleTest {

    private static final Duration SIX_HOURS = Duration.ofHours(6);

    @Test
    void aMonthStillBeingWrittenIsLookedAtAgainSoonerThanTheInterval() {
        var busy = new ClosedMonthMerge.Outcome(List.of(), List.of("liaison-petitions-2026.08"));
        assertThat(ClosedMonthMergeSchedule.nextRunAfter(busy, SIX_HOURS)).isEqualTo(Duration.ofMinutes(10));
        assertThat(ClosedMonthMergeSchedule.nextRunAfter(busy, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void otherwiseTheNextRunIsOneIntervalAway() {
        var done = new ClosedMonthMerge.Outcome(List.of("liaison-petitions-2026.08"), List.of());
        assertThat(ClosedMonthMergeSchedule.nextRunAfter(done, SIX_HOURS)).isEqualTo(SIX_HOURS);
        assertThat(ClosedMonthMergeSchedule.nextRunAfter(new ClosedMonthMerge.Outcome(List.of(), List.of()), SIX_HOURS))
                .isEqualTo(SIX_HOURS);
    }
}
