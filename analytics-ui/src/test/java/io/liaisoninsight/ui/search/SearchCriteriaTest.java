package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.search.SearchCriteria.DateRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCriteriaTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void urlParametersRoundTrip() {
        SearchCriteria criteria = SearchCriteria.ofText("拆迁 或者 征收")
                .toggle(SearchField.DISTRICT, "西固区").toggle(SearchField.DISTRICT, "城关区")
                .toggle(SearchField.TOWNSHIP, "榆中县/城关镇").toggle(SearchField.STATUS, "IN_PROGRESS")
                .withOverdue(true).withCollective(true)
                .withDates(DateRange.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .withSort(SearchCriteria.Sort.NEWEST).withFoldDuplicates(false);
        Map<String, List<String>> params = criteria.toParameters();
        assertThat(params).containsEntry("q", List.of("拆迁 或者 征收"))
                .containsEntry("district", List.of("西固区", "城关区")).containsEntry("date", List.of("custom"))
                .containsEntry("from", List.of("2026-01-01")).containsEntry("duplicates", List.of("all"));
        assertThat(SearchCriteria.fromParameters(params)).isEqualTo(criteria);
    }

    @Test
    void defaultsAreLeftOutOfTheUrl() {
        assertThat(SearchCriteria.empty().toParameters()).isEmpty();
        assertThat(SearchCriteria.fromParameters(Map.of())).isEqualTo(SearchCriteria.empty());
    }

    @Test
    void toggleAddsAndRemoves() {
        SearchCriteria on = SearchCriteria.empty().toggle(SearchField.SOURCE, "PETITION");
        assertThat(on.values(SearchField.SOURCE)).containsExactly("PETITION");
        assertThat(on.toggle(SearchField.SOURCE, "PETITION")).isEqualTo(SearchCriteria.empty());
        assertThat(on.without(SearchField.SOURCE, "PETITION")).isEqualTo(SearchCriteria.empty());
    }

    @Test
    void craftedUrlsAreBoundedAndNeverFail() {
        Map<String, List<String>> hostile = Map.of("q", List.of("拆".repeat(50_000)), "district",
                java.util.stream.IntStream.range(0, 100).mapToObj(i -> "d" + i).toList(), "status",
                List.of("x".repeat(500)), "date", List.of("custom"), "from", List.of("not-a-date"), "to",
                List.of("2026-13-45"), "sort", List.of("drop table"), "overdue", List.of("yes"));
        SearchCriteria criteria = SearchCriteria.fromParameters(hostile);
        assertThat(criteria.text()).hasSize(SearchCriteria.MAX_TEXT_IN_URL);
        assertThat(criteria.values(SearchField.DISTRICT)).hasSize(SearchCriteria.MAX_VALUES);
        assertThat(criteria.values(SearchField.STATUS)).isEmpty();
        assertThat(criteria.dates()).isEqualTo(DateRange.ANY);
        assertThat(criteria.sort()).isEqualTo(SearchCriteria.Sort.RELEVANCE);
        assertThat(criteria.overdue()).isFalse();
    }

    @Test
    void datePresetsAreWholeLocalDaysEndingToday() {
        Instant now = Instant.parse("2026-11-20T02:00:00Z");
        assertThat(DateRange.of(DateRange.Preset.LAST_7_DAYS).resolve(now, ZONE)[0])
                .isEqualTo(Instant.parse("2026-11-13T16:00:00Z"));
        assertThat(DateRange.of(DateRange.Preset.LAST_30_DAYS).resolve(now, ZONE)[0])
                .isEqualTo(Instant.parse("2026-10-21T16:00:00Z"));
        assertThat(DateRange.of(DateRange.Preset.THIS_MONTH).resolve(now, ZONE)[0])
                .isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(DateRange.of(DateRange.Preset.LAST_YEAR).resolve(now, ZONE)[0])
                .isEqualTo(Instant.parse("2025-11-20T16:00:00Z"));
        assertThat(DateRange.ANY.resolve(now, ZONE)).isNull();
        Instant[] custom = DateRange.custom(LocalDate.of(2026, 11, 1), null).resolve(now, ZONE);
        assertThat(custom[0]).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(custom[1]).isNull();
    }
}
