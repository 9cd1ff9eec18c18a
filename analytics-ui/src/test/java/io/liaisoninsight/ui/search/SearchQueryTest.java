package io.liaisoninsight.ui.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.liaisoninsight.ui.search.SearchCriteria.DateRange;
import io.liaisoninsight.ui.security.Scope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.liaisoninsight.ui.search.JsonExpectations.checkJsonRoundtrip;
import static org.assertj.core.api.Assertions.assertThat;

/** Built requests against expected JSON (src/test/resources/search/expected), on a fixed clock. */
class SearchQueryTest {

    /** 2026-11-20 10:00 in Lanzhou. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final SynonymDictionary SYNONYMS = SynonymDictionary.parse("拆迁, 征收\n欠薪, 拖欠工资\n");

    private final QueryParser parser = new QueryParser(QueryLanguage.load(), 256, 16);

    private SearchQuery query(SearchCriteria criteria) {
        return new SearchQuery(criteria, parser.parse(criteria.text()), SYNONYMS, NOW, ZONE, SearchSettings.defaults());
    }

    private SearchQuery query(String text) {
        return query(SearchCriteria.ofText(text));
    }

    @Test
    void termWithSynonyms() {
        SearchQuery q = query("拆迁");
        checkJsonRoundtrip(q.query(), Query.class, "term-with-synonyms.json");
        assertThat(q.expansions()).isEqualTo(Map.of("拆迁", List.of("征收")));
    }

    @Test
    void compoundTermExpandsTheSynonymInside() {
        SearchQuery q = query("拆迁补偿款");
        checkJsonRoundtrip(q.query(), Query.class, "compound-term.json");
        assertThat(q.expansions()).isEqualTo(Map.of("拆迁补偿款", List.of("征收补偿款")));
    }

    @Test
    void quotedNameAndTitleQualifier() {
        checkJsonRoundtrip(query("\"禹晓琳\" 标题:补偿").query(), Query.class, "phrase-and-title-term.json");
    }

    @Test
    void booleanOperatorsFieldFiltersAndDatePreset() {
        SearchCriteria criteria = SearchCriteria.ofText("(拆迁 OR 欠薪) 区县:西固区 -状态:已办结")
                .withDates(DateRange.of(DateRange.Preset.LAST_7_DAYS));
        checkJsonRoundtrip(query(criteria).query(), Query.class, "boolean-fields-last-7-days.json");
    }

    @Test
    void unparsableTextIsAPlainMatch() {
        SearchQuery q = query("拆迁 \"补偿");
        assertThat(q.parsed().fallback()).isTrue();
        checkJsonRoundtrip(q.query(), Query.class, "fallback-plain.json");
    }

    @Test
    void emptySearchMatchesEverything() {
        checkJsonRoundtrip(query("").query(), Query.class, "empty.json");
        checkJsonRoundtrip(query("*:*").query(), Query.class, "empty.json");
    }

    @Test
    void firstPageWithScopeFacetsAndMultiSelectPostFilter() {
        SearchCriteria criteria = SearchCriteria.ofText("拆迁补偿")
                .toggle(SearchField.DISTRICT, "城关区").toggle(SearchField.DISTRICT, "西固区")
                .toggle(SearchField.SOURCE, "PETITION").withOverdue(true);
        Scope analyst = Scope.of(List.of("城关区"), List.of());
        SearchRequest request = query(criteria).request(analyst, 50, null, true);
        checkJsonRoundtrip(request, SearchRequest.class, "first-page.json");
    }

    @Test
    void entityFacetsAreCountedOnDemandUnlessOneOfTheirValuesIsChosen() {
        assertThat(query("拆迁").facets()).containsKeys("source", "district", "township", "overdue", "result")
                .doesNotContainKeys("person", "place", "organization");
        SearchQuery chosen = query(SearchCriteria.ofText("拆迁").toggle(SearchField.PEOPLE, "禹晓琳"));
        assertThat(chosen.facets()).containsKey("person").doesNotContainKeys("place", "organization");
        checkJsonRoundtrip(chosen.facet(SearchField.PLACES).get("place"),
                co.elastic.clients.elasticsearch._types.aggregations.Aggregation.class, "place-facet-under-person.json");
    }

    @Test
    void deepPagesUseSearchAfterWithoutFacetsOrTotals() {
        SearchCriteria criteria = SearchCriteria.ofText("欠薪").withSort(SearchCriteria.Sort.NEWEST);
        SearchRequest request = query(criteria).request(Scope.all(), 50,
                List.of(FieldValue.of(1763600000000L), FieldValue.of("P-2026-0042")), false);
        checkJsonRoundtrip(request, SearchRequest.class, "next-page.json");
    }

    @Test
    void townshipCollectiveAndCustomDates() {
        SearchCriteria criteria = new SearchCriteria("", Map.of(SearchField.TOWNSHIP, Set.of("榆中县/城关镇")), false,
                true, DateRange.custom(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)),
                SearchCriteria.Sort.OLDEST, true);
        SearchQuery q = query(criteria);
        checkJsonRoundtrip(q.query(), Query.class, "custom-dates.json");
        checkJsonRoundtrip(q.postFilter(), Query.class, "township-collective-filter.json");
    }

    @Test
    void overdueIsJudgedAtTheGivenMoment() {
        checkJsonRoundtrip(query("").overdue(), Query.class, "overdue.json");
    }

    @Test
    void alertWindowOnIngestTime() {
        checkJsonRoundtrip(query("欠薪").arrivedBetween(NOW.minusSeconds(300), NOW), Query.class, "alert-window.json");
    }
}
