package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.security.Scope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods in Asia/Shanghai, weekly buckets, and the intersection of a requested scope with the user's. */
class PeriodAndScopeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Scope CHENGGUAN = Scope.of(List.of("城关区"), List.of());
    private static final Scope YUZHONG_TOWN = Scope.of(List.of(), List.of(Scope.Township.parse("榆中县/城关镇")));

    @Test
    void aPeriodIsWholeLocalDays() {
        Period january = Period.parse("2026-01-01", "2026-01-31");
        assertThat(january.start(SHANGHAI)).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(january.end(SHANGHAI)).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
        assertThat(january.days()).isEqualTo(31);
        assertThat(new Period(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)).days()).isEqualTo(1);
    }

    @Test
    void backwardsTooLongOrMalformedPeriodsAreRefused() {
        assertThatThrownBy(() -> Period.parse("2026-02-01", "2026-01-31")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2025-01-01", "2026-01-31")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2026/01/01", "2026-01-31")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.parse("2025-01-01", "2026-01-01").days()).isEqualTo(Period.MAX_DAYS);
    }

    @Test
    void weeksRunMondayToSundayAndEmptyWeeksCountZero() {
        // Thursday 1 January 2026 to Sunday 18 January: weeks of 29 Dec, 5 Jan, 12 Jan.
        Period period = Period.parse("2026-01-01", "2026-01-18");
        assertThat(period.weekStarts()).containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 12));
        List<Brief.WeekCount> weeks = WeeklyTrend.of(period, Map.of(LocalDate.of(2025, 12, 29), 4L,
                LocalDate.of(2026, 1, 14), 2L));
        assertThat(weeks).containsExactly(new Brief.WeekCount(LocalDate.of(2025, 12, 29), 4),
                new Brief.WeekCount(LocalDate.of(2026, 1, 5), 0), new Brief.WeekCount(LocalDate.of(2026, 1, 12), 2));
    }

    @Test
    void noRequestMeansTheUsersWholeScope() {
        assertThat(MeetingScope.resolve(CHENGGUAN, List.of()).labels()).containsExactly("城关区");
        assertThat(MeetingScope.resolve(Scope.all(), null).labels()).containsExactly("*");
        assertThat(MeetingScope.resolve(Scope.all(), List.of()).scope().allDistricts()).isTrue();
        assertThat(MeetingScope.resolve(YUZHONG_TOWN, List.of()).labels()).containsExactly("榆中县/城关镇");
    }

    @Test
    void aDistrictOutsideTheScopeIsRefusedNotDropped() {
        assertThatThrownBy(() -> MeetingScope.resolve(CHENGGUAN, List.of("城关区", "西固区")))
                .isInstanceOfSatisfying(MeetingScope.OutOfScope.class,
                        e -> assertThat(e.refused()).containsExactly("西固区"));
        assertThatThrownBy(() -> MeetingScope.resolve(CHENGGUAN, List.of("*"))).isInstanceOf(MeetingScope.OutOfScope.class);
        assertThatThrownBy(() -> MeetingScope.resolve(YUZHONG_TOWN, List.of("榆中县")))
                .isInstanceOf(MeetingScope.OutOfScope.class);
        assertThatThrownBy(() -> MeetingScope.resolve(Scope.none(), List.of())).isInstanceOf(MeetingScope.OutOfScope.class);
    }

    @Test
    void requestsInsideTheScopeNarrowIt() {
        MeetingScope narrowed = MeetingScope.resolve(Scope.all(), List.of(" 西固区", "城关区", "西固区"));
        assertThat(narrowed.labels()).containsExactly("城关区", "西固区");
        assertThat(narrowed.scope().permits("西固区", null)).isTrue();
        assertThat(narrowed.scope().permits("七里河区", null)).isFalse();
        MeetingScope town = MeetingScope.resolve(CHENGGUAN, List.of("城关区/皋兰路街道"));
        assertThat(town.scope().permits("城关区", "皋兰路街道")).isTrue();
        assertThat(town.scope().permits("城关区", "张掖路街道")).isFalse();
    }

    @Test
    void aStoredMeetingOpensOnlyWhenTheScopeCoversAllOfIt() {
        assertThat(MeetingScope.covers(CHENGGUAN, List.of("城关区"))).isTrue();
        assertThat(MeetingScope.covers(CHENGGUAN, List.of("城关区/皋兰路街道"))).isTrue();
        assertThat(MeetingScope.covers(CHENGGUAN, List.of("城关区", "西固区"))).isFalse();
        assertThat(MeetingScope.covers(CHENGGUAN, List.of("*"))).isFalse();
        assertThat(MeetingScope.covers(Scope.all(), List.of("*"))).isTrue();
        assertThat(MeetingScope.covers(CHENGGUAN, List.of())).isFalse();
    }
}
