package io.liaisoninsight.demo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate.
 *
 * @param seed    one seed, one corpus (byte for byte)
 * @param records messages to emit in total, updates and duplicates included
 * @param asOf    the corpus covers the {@code months} before this date; deadlines are judged at its start
 * @param months  length of the window
 * @param zone    local time of every timestamp (Asia/Shanghai)
 */
public record CorpusSettings(long seed, long records, LocalDate asOf, int months, ZoneId zone) {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 20);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public CorpusSettings {
        if (records < 1) {
            throw new IllegalArgumentException("records must be at least 1");
        }
        if (months < 1 || months > 60) {
            throw new IllegalArgumentException("months must be 1..60");
        }
    }

    public static CorpusSettings of(long seed, long records) {
        return new CorpusSettings(seed, records, DEFAULT_AS_OF, 12, DEFAULT_ZONE);
    }

    public LocalDate firstDay() {
        return asOf.minusMonths(months);
    }
}
