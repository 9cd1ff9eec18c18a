package io.liaisoninsight.schema;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexNamesTest {

    private final IndexNames names = IndexNames.defaults();

    @Test
    void monthIsDecidedInShanghaiTime() {
        // 16:30 UTC on 31 October is 00:30 on 1 November in Shanghai.
        Instant lateOctoberUtc = Instant.parse("2026-10-31T16:30:00Z");
        assertThat(names.monthlyIndex(Source.PETITION, lateOctoberUtc)).isEqualTo("liaison-petitions-2026.11");
        assertThat(new IndexNames("liaison", ZoneOffset.UTC).monthlyIndex(Source.PETITION, lateOctoberUtc))
                .isEqualTo("liaison-petitions-2026.10");
    }

    @Test
    void aliasesFollowThePrefix() {
        IndexNames test = new IndexNames("it-1234", IndexNames.DEFAULT_ZONE);
        assertThat(test.alias(Source.MEDIA_REPORT)).isEqualTo("it-1234-media-reports");
        assertThat(test.allRecords()).isEqualTo("it-1234-records");
        assertThat(test.initialIndex(SystemIndex.AUDIT)).isEqualTo("it-1234-audit-v1");
        assertThat(test.resolve("{{prefix}}-settings")).isEqualTo("it-1234-settings");
    }

    @Test
    void recordMonthIsReadBackFromAMonthlyIndexNameOnly() {
        assertThat(names.recordMonth("liaison-petitions-2026.11")).contains(YearMonth.of(2026, 11));
        assertThat(names.recordMonth(names.monthlyIndex(Source.MEDIA_REPORT, Instant.parse("2025-12-03T00:00:00Z"))))
                .contains(YearMonth.of(2025, 12));
        assertThat(names.recordMonth("liaison-audit-v1")).isEmpty();
        assertThat(names.recordMonth("liaison-petitions-2026.11-r2")).isEmpty();
        assertThat(names.recordMonth("other-petitions-2026.11")).isEmpty();
    }

    @Test
    void rejectsPrefixesElasticsearchWouldRefuse() {
        assertThatThrownBy(() -> new IndexNames("Liaison", IndexNames.DEFAULT_ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexNames("_x", IndexNames.DEFAULT_ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
