package io.liaisoninsight.ui.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The weekly series of a brief: every week of the period in order, weeks without records as zero. */
final class WeeklyTrend {

    private WeeklyTrend() {
    }

    /**
     * @param counts records by the first day of their week as Elasticsearch returns them (only weeks with
     *               records); a day that is not a Monday is moved to its week's Monday
     */
    static List<Brief.WeekCount> of(Period period, Map<LocalDate, Long> counts) {
        Map<LocalDate, Long> byMonday = new TreeMap<>();
        counts.forEach((day, count) -> byMonday.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                count, Long::sum));
        return period.weekStarts().stream()
                .map(monday -> new Brief.WeekCount(monday, byMonday.getOrDefault(monday, 0L))).toList();
    }
}
