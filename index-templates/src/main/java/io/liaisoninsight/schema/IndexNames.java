package io.liaisoninsight.schema;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every index and alias name, derived from one prefix (default {@code liaison}); tests use a random
 * prefix so they never touch each other's data.
 *
 * @param prefix lower-case name prefix, e.g. {@code liaison}
 * @param zone   time zone that decides which month a record belongs to
 */
public record IndexNames(String prefix, ZoneId zone) {

    public static final String DEFAULT_PREFIX = "liaison";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,40}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    public IndexNames {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(zone, "zone");
        if (!VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("index prefix must match " + VALID_PREFIX + ": " + prefix);
        }
    }

    public static IndexNames defaults() {
        return new IndexNames(DEFAULT_PREFIX, DEFAULT_ZONE);
    }

    /** Concrete monthly index a record with this event time is written to, e.g. {@code liaison-petitions-2026.11}. */
    public String monthlyIndex(Source source, Instant eventTime) {
        return prefix + "-" + source.slug() + "-" + MONTH.format(eventTime.atZone(zone));
    }

    /** The month of a monthly record index under this prefix ({@link #monthlyIndex}); empty for any other name. */
    public Optional<YearMonth> recordMonth(String index) {
        for (Source source : Source.values()) {
            String start = prefix + "-" + source.slug() + "-";
            if (index.startsWith(start)) {
                try {
                    return Optional.of(YearMonth.parse(index.substring(start.length()), MONTH));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Read alias over all monthly indices of one source. */
    public String alias(Source source) {
        return prefix + "-" + source.slug();
    }

    /** Read alias over every source's monthly indices. */
    public String allRecords() {
        return prefix + "-records";
    }

    public String alias(SystemIndex index) {
        return prefix + "-" + index.slug();
    }

    /** The first concrete index behind a system alias. */
    public String initialIndex(SystemIndex index) {
        return alias(index) + "-v1";
    }

    /** Name under which a template resource is installed, e.g. {@code liaison-petitions}. */
    public String templateName(String resourceName) {
        return prefix + "-" + resourceName;
    }

    /** Replaces the {@code {{prefix}}} placeholder in template resources. */
    String resolve(String templateText) {
        return templateText.replace("{{prefix}}", prefix);
    }
}
