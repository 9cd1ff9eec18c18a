package io.liaisoninsight.ui.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a meeting reviews, both inclusive, as calendar dates in the configured zone (Asia/Shanghai):
 * {@code 2026-01-01..2026-01-31} covers every record from 1 January 00:00 to 1 February 00:00 local time.
 *
 * @param from first day
 * @param to   last day (inclusive)
 */
public record Period(LocalDate from, LocalDate to) {

    /** Longest period a brief covers; a longer one is refused (a brief is a review, not an archive). */
    public static final int MAX_DAYS = 366;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + ".." + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period covers at most " + MAX_DAYS + " days: " + from + ".." + to);
        }
    }

    /** Parses ISO dates ({@code 2026-01-31}). @throws IllegalArgumentException when missing or malformed */
    public static Period parse(String from, String to) {
        try {
            return new Period(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a period needs two dates yyyy-MM-dd: " + from + ", " + to, e);
        }
    }

    /** First instant of the period. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** First instant after the period (exclusive end). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Mondays of the weeks the period touches, in order; the first may lie before {@link #from} (weeks are
     * Monday to Sunday, as Elasticsearch's {@code week} interval and Chinese calendars count them).
     */
    public List<LocalDate> weekStarts() {
        List<LocalDate> weeks = new ArrayList<>();
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate week = monday; !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
