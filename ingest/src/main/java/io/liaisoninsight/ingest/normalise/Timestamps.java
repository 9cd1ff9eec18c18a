package io.liaisoninsight.ingest.normalise;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the time formats source systems send and gives an {@link OffsetDateTime} in the configured
 * zone (Asia/Shanghai by default). ISO-8601 with an offset is taken as it is; a time without an offset
 * is local time in the zone; a date alone is the start of that day. Times before 1990 or more than a
 * day in the future are rejected as implausible for a petition system.
 */
public final class Timestamps {

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy年M月d日H时m分"));
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1990-01-01T00:00:00+08:00");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final ZoneId zone;
    private final Clock clock;

    public Timestamps(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public Normalised<OffsetDateTime> parse(String raw) {
        String text = TextNormaliser.halfWidth(raw).trim();
        OffsetDateTime parsed = parseAny(text);
        if (parsed == null) {
            return Normalised.invalid("无法识别的时间格式 \"" + abbreviate(text) + "\"，应为 ISO-8601，如 2026-11-20T09:30:00+08:00");
        }
        if (parsed.isBefore(EARLIEST)) {
            return Normalised.invalid("时间早于1990年，不合理 (" + parsed + ")");
        }
        if (parsed.toInstant().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            return Normalised.invalid("时间在未来，不合理 (" + parsed + ")");
        }
        return Normalised.of(parsed);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private OffsetDateTime parseAny(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try the local forms
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format).atStartOfDay(zone).toOffsetDateTime();
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
