package io.liaisoninsight.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The corpus window in local days, and every conversion of a moment (epoch seconds) to text. Moments are
 * kept as {@code long} seconds because a million records carry several million of them.
 */
final class Timeline {

    static final long HOUR = 3600;
    static final long DAY = 24 * HOUR;

    /** First day of the Spring Festival holiday; letters and visits drop, wage arrears peak before it. */
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(
            2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26),
            2029, LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 3), 2031, LocalDate.of(2031, 1, 23));

    private final ZoneId zone;
    private final LocalDate firstDay;
    private final int days;
    private final long asOfSecond;

    Timeline(CorpusSettings settings) {
        this.zone = settings.zone();
        this.firstDay = settings.firstDay();
        this.days = (int) ChronoUnit.DAYS.between(firstDay, settings.asOf());
        this.asOfSecond = settings.asOf().atStartOfDay(zone).toEpochSecond();
    }

    int days() {
        return days;
    }

    LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    long dayStart(int day) {
        return date(day).atStartOfDay(zone).toEpochSecond();
    }

    /** The start of the as-of date: nothing happens at or after it, and deadlines are judged there. */
    long asOf() {
        return asOfSecond;
    }

    /** Relative volume of a day: weekends and public holidays are quiet for offices. */
    double activity(int day) {
        LocalDate date = date(day);
        double weight = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.45
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.35 : 1.0;
        if (inSpringFestival(date) || inNationalDay(date)) {
            weight *= 0.3;
        }
        return weight;
    }

    /** True in the six weeks before the Spring Festival, when unpaid wages are claimed before going home. */
    boolean beforeSpringFestival(int day) {
        LocalDate date = date(day);
        LocalDate festival = springFestival(date.getYear());
        if (festival.isBefore(date)) {
            festival = springFestival(date.getYear() + 1);
        }
        long until = ChronoUnit.DAYS.between(date, festival);
        return until >= 0 && until <= 42;
    }

    private boolean inSpringFestival(LocalDate date) {
        LocalDate festival = springFestival(date.getYear());
        return !date.isBefore(festival.minusDays(1)) && !date.isAfter(festival.plusDays(6));
    }

    private static boolean inNationalDay(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        return !md.isBefore(MonthDay.of(10, 1)) && !md.isAfter(MonthDay.of(10, 7));
    }

    private static LocalDate springFestival(int year) {
        // Outside the table the date is only approximate (early February); it only shapes volumes.
        return SPRING_FESTIVAL.getOrDefault(year, LocalDate.of(year, 2, 5));
    }

    long plusMonths(long second, int months) {
        return local(second).plusMonths(months).atZone(zone).toEpochSecond();
    }

    LocalDateTime local(long second) {
        return LocalDateTime.ofEpochSecond(second, 0, offset(second));
    }

    private ZoneOffset offset(long second) {
        return zone.getRules().getOffset(Instant.ofEpochSecond(second));
    }

    /** ISO-8601 with offset, e.g. {@code 2026-03-05T09:14:27+08:00}, written without a formatter for speed. */
    String iso(long second) {
        ZoneOffset offset = offset(second);
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, offset);
        StringBuilder b = new StringBuilder(25);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append('T');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        return b.append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId()).toString();
    }

    /** e.g. 2025年6月 */
    String yearMonth(long second) {
        LocalDateTime t = local(second);
        return t.getYear() + "年" + t.getMonthValue() + "月";
    }

    /** e.g. 3月12日 */
    String monthDay(long second) {
        LocalDateTime t = local(second);
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }

    int year(long second) {
        return local(second).getYear();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        if (value < 10) {
            b.append('0');
        }
        return b.append(value);
    }
}
