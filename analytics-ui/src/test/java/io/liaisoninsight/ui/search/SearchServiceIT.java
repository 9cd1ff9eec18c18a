package io.liaisoninsight.ui.search;

import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.search.Highlights.Segment;
import io.liaisoninsight.ui.search.SearchOutcome.FacetCount;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.liaisoninsight.ui.search.SearchFixtures.media;
import static io.liaisoninsight.ui.search.SearchFixtures.petition;
import static io.liaisoninsight.ui.search.SearchFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Search against a real Elasticsearch with the real templates: planted records with known answers
 * (split names through {@code .exact}, synonyms, phrases, title ranking, boolean operators, field
 * filters, complainant names, near-duplicate folding, deadlines, scope) among a few hundred demo-corpus
 * records, on a fixed clock. Also: hostile input never fails, and deep pages read every record once.
 */
@SpringBootTest(properties = {"liaison.search.page-size=9", "liaison.search.alerts.enabled=false"})
class SearchServiceIT extends EngineBackedIT {

    /** 2026-11-20 10:00 in Lanzhou; the demo corpus ends on this day. */
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant RECENT = NOW.minus(2, ChronoUnit.DAYS);
    private static final CurrentUser ANALYST = new CurrentUser("it-analyst", "IT", Set.of(Role.ANALYST), Scope.all(),
            false, null);
    private static final CurrentUser CHENGGUAN = new CurrentUser("it-analyst-cg", "IT", Set.of(Role.ANALYST),
            Scope.of(List.of("城关区"), List.of()), false, null);

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZONE);
        }
    }

    @Autowired
    SearchService search;

    private int corpusSize;

    @BeforeAll
    void records() throws IOException {
        List<Map<String, Object>> records = new ArrayList<>(SearchFixtures.demoCorpus(11, 400));
        corpusSize = records.size();
        records.addAll(List.of(
                petition("FX-NAME", RECENT, "城关区", "皋兰路街道", "反映村集体土地补偿问题",
                        "信访人禹晓琳反映，村集体土地被占用后补偿一直没有落实，联系电话13912345678。"),
                petition("FX-DECOY", RECENT, "城关区", "皋兰路街道", "关于水利工程的情况说明",
                        "大禹治水的故事家喻户晓，这里的风景琳琅满目。"),
                petition("FX-CQ", RECENT, "西固区", "陈坪街道", "房屋拆迁补偿不到位", "我家房屋被拆迁，补偿款至今未发放。"),
                petition("FX-ZS", RECENT, "西固区", "陈坪街道", "关于房屋征收的反映", "村里开始征收土地，群众意见很大。"),
                media("FX-CQ-CONTENT", RECENT, "城关区", "小区改造进展", "有居民表示，小区拆迁工作推进缓慢。"),
                petition("FX-WAGES", RECENT, "七里河区", "西园街道", "讨要血汗钱", "工地老板拖欠工资三个月，工人生活困难。"),
                petition("FX-PHRASE", RECENT, "安宁区", "培黎街道", "举报挪用资金", "群众反映村干部挪用扶贫资金。"),
                petition("FX-PHRASE-SPLIT", RECENT, "安宁区", "培黎街道", "村务公开问题",
                        "村干部不公开账目，有人怀疑资金被挪用。"),
                with(petition("FX-COMPLAINANT", RECENT, "榆中县", "城关镇", "要求落实低保待遇",
                        "本人家庭困难，申请最低生活保障未获批准。"), "complainants", List.of(Map.of("name", "欧阳娜娜"))),
                with(with(with(petition("FX-DUP-1", RECENT, "红古区", "海石湾镇", "化工厂排污污染农田",
                        "村民反映化工厂夜间偷偷排污，农田受到污染。"), Fields.DUPLICATE_GROUP, "FX-DUP-1"),
                        Fields.ENTITIES_PLACES, List.of("海石湾镇")), Fields.KEY_TERMS, List.of("化工厂", "排污", "农田")),
                with(with(with(petition("FX-DUP-2", RECENT.minusSeconds(60), "红古区", "海石湾镇", "化工厂排污污染农田",
                        "村民反映化工厂夜间排污，农田受到严重污染。"), Fields.DUPLICATE_GROUP, "FX-DUP-1"),
                        Fields.ENTITIES_PLACES, List.of("海石湾镇")), Fields.KEY_TERMS, List.of("化工厂", "排污", "农田")),
                with(with(with(petition("FX-DUP-3", RECENT.minusSeconds(120), "红古区", "海石湾镇", "化工厂排污污染农田问题",
                        "化工厂夜间排污，农田被污染。"), Fields.DUPLICATE_GROUP, "FX-DUP-1"),
                        Fields.ENTITIES_PLACES, List.of("海石湾镇")), Fields.KEY_TERMS, List.of("化工厂", "排污", "农田")),
                with(with(petition("FX-POLL-A", RECENT, "皋兰县", "石洞镇", "砂石厂排污", "砂石厂排污水进入河道。"),
                        Fields.ENTITIES_PLACES, List.of("石洞镇")), Fields.KEY_TERMS, List.of("砂石厂", "排污", "河道")),
                with(with(with(with(with(petition("FX-POLL-B", RECENT, "皋兰县", "石洞镇", "养殖场排污",
                        "养殖场排污，臭味严重，群众多次反映。"), Fields.Petition.PROCEDURAL_REPLY_DUE_AT,
                        "2026-11-10T10:00:00+08:00"), Fields.Petition.HEADCOUNT, 8), Fields.Petition.STATUS, "RECEIVED"),
                        Fields.ENTITIES_PLACES, List.of("石洞镇")), Fields.KEY_TERMS, List.of("养殖场", "排污", "臭味")),
                petition("FX-OLD", Instant.parse("2026-09-01T02:00:00Z"), "西固区", "陈坪街道", "老旧房屋拆迁",
                        "拆迁安置问题。")));
        Indices.index(client, names, records);
    }

    private SearchOutcome run(CurrentUser user, SearchCriteria criteria) {
        return search.search(user, criteria);
    }

    private List<ResultItem> rows(SearchOutcome outcome) {
        return outcome.results().fetch(0, 10_000);
    }

    private List<String> ids(String text) {
        return rows(run(ANALYST, SearchCriteria.ofText(text))).stream().map(ResultItem::id).toList();
    }

    @Test
    void splitNamesAreFoundThroughTheExactSubfieldAndNotByScatteredCharacters() {
        SearchOutcome outcome = run(ANALYST, SearchCriteria.ofText("禹晓琳"));
        List<ResultItem> rows = rows(outcome);
        assertThat(rows).extracting(ResultItem::id).startsWith("FX-NAME").doesNotContain("FX-DECOY");
        List<Segment> snippet = rows.get(0).snippets().get(0);
        assertThat(snippet).contains(new Segment("禹晓琳", true));
        String text = snippet.stream().map(Segment::text).collect(Collectors.joining());
        assertThat(text).as("phone masked in the snippet").contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void synonymsFindRecordsThatUseTheOtherWordAndRankBelowTheTypedWord() {
        List<String> zhengshou = ids("征收");
        assertThat(zhengshou).contains("FX-ZS", "FX-CQ");
        assertThat(zhengshou.indexOf("FX-ZS")).isLessThan(zhengshou.indexOf("FX-CQ"));
        assertThat(ids("欠薪")).contains("FX-WAGES");
        assertThat(run(ANALYST, SearchCriteria.ofText("欠薪")).expansions()).containsKey("欠薪");
    }

    @Test
    void quotedPhrasesNeedTheCharactersInOrder() {
        assertThat(ids("\"村干部挪用\"")).contains("FX-PHRASE").doesNotContain("FX-PHRASE-SPLIT");
        assertThat(ids("“村干部挪用”")).contains("FX-PHRASE").doesNotContain("FX-PHRASE-SPLIT");
        List<String> loose = ids("村干部挪用");
        assertThat(loose).contains("FX-PHRASE", "FX-PHRASE-SPLIT");
        assertThat(loose.indexOf("FX-PHRASE")).isLessThan(loose.indexOf("FX-PHRASE-SPLIT"));
    }

    @Test
    void titleMatchesRankAboveContentMatches() {
        List<String> ids = ids("拆迁");
        assertThat(ids).contains("FX-CQ", "FX-CQ-CONTENT");
        assertThat(ids.indexOf("FX-CQ")).isLessThan(ids.indexOf("FX-CQ-CONTENT"));
    }

    @Test
    void booleanOperatorsAndFieldFilters() {
        SearchOutcome xigu = run(ANALYST, SearchCriteria.ofText("拆迁 区县:西固区"));
        assertThat(rows(xigu)).isNotEmpty().allMatch(r -> "西固区".equals(r.district()));
        assertThat(ids("拆迁 -补偿")).contains("FX-CQ-CONTENT").doesNotContain("FX-CQ");
        assertThat(ids("拆迁 不含 补偿")).contains("FX-CQ-CONTENT").doesNotContain("FX-CQ");
        assertThat(ids("欠薪 OR 禹晓琳")).contains("FX-WAGES", "FX-NAME");
        assertThat(ids("欠薪 或者 禹晓琳")).contains("FX-WAGES", "FX-NAME");
        assertThat(ids("来源:舆情 拆迁")).contains("FX-CQ-CONTENT").doesNotContain("FX-CQ");
        assertThat(ids("标题:拆迁")).contains("FX-CQ").doesNotContain("FX-CQ-CONTENT");
        assertThat(ids("\"禹晓琳\" 补偿")).containsExactly("FX-NAME");
        assertThat(ids("(欠薪 OR 拆迁) 区县:七里河区")).contains("FX-WAGES").doesNotContain("FX-CQ");
    }

    @Test
    void complainantNamesFindTheirPetitions() {
        assertThat(ids("欧阳娜娜")).containsExactly("FX-COMPLAINANT");
    }

    @Test
    void nearDuplicatesFoldIntoOneRowWithTheirCountAndExpand() {
        SearchCriteria criteria = SearchCriteria.ofText("排污").toggle(SearchField.DISTRICT, "红古区")
                .toggle(SearchField.DISTRICT, "皋兰县");
        SearchOutcome outcome = run(ANALYST, criteria);
        List<ResultItem> rows = rows(outcome);
        List<ResultItem> group = rows.stream().filter(r -> "FX-DUP-1".equals(r.duplicateGroup())).toList();
        assertThat(group).hasSize(1);
        assertThat(group.get(0).duplicates()).isEqualTo(2);
        assertThat(rows).extracting(ResultItem::id).contains("FX-POLL-A", "FX-POLL-B");
        assertThat(outcome.groups()).isEqualTo(rows.size());
        assertThat(search.duplicates(ANALYST, criteria, "FX-DUP-1")).extracting(ResultItem::id)
                .containsExactlyInAnyOrder("FX-DUP-1", "FX-DUP-2", "FX-DUP-3");

        List<ResultItem> unfolded = rows(run(ANALYST, criteria.withFoldDuplicates(false)));
        assertThat(unfolded.stream().filter(r -> "FX-DUP-1".equals(r.duplicateGroup()))).hasSize(3);
    }

    @Test
    void facetsFollowTheQueryWithMultiSelect() {
        SearchCriteria criteria = SearchCriteria.ofText("排污").toggle(SearchField.DISTRICT, "红古区");
        SearchOutcome outcome = run(ANALYST, criteria);
        assertThat(rows(outcome)).allMatch(r -> "红古区".equals(r.district()));
        Map<String, Long> districts = counts(outcome, SearchField.DISTRICT);
        // The chosen district does not hide the others' counts (multi-select)...
        assertThat(districts).containsKey("皋兰县").containsKey("红古区");
        // ... while the other facets count only within the choice.
        Map<String, Long> townships = counts(outcome, SearchField.TOWNSHIP);
        assertThat(townships.keySet()).allMatch(t -> t.startsWith("红古区/")).contains("红古区/海石湾镇");
        assertThat(townships.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(outcome.total());
        assertThat(counts(outcome, SearchField.SOURCE).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(outcome.total());
    }

    @Test
    void entityFacetsAreCountedWhenOpenedAndFollowTheOtherChoices() {
        SearchCriteria criteria = SearchCriteria.ofText("排污");
        assertThat(run(ANALYST, criteria).facets()).doesNotContainKey(SearchField.PLACES);
        assertThat(placeCounts(ANALYST, criteria)).containsEntry("海石湾镇", 3L).containsEntry("石洞镇", 2L);
        assertThat(placeCounts(ANALYST, criteria.toggle(SearchField.DISTRICT, "皋兰县")))
                .containsOnlyKeys("石洞镇");
        assertThat(placeCounts(CHENGGUAN, criteria)).as("scoped to 城关区").isEmpty();
        SearchOutcome chosen = run(ANALYST, criteria.toggle(SearchField.PLACES, "海石湾镇"));
        assertThat(chosen.total()).isEqualTo(3);
        assertThat(counts(chosen, SearchField.PLACES)).as("a chosen entity facet is counted with the page, "
                + "multi-select").containsEntry("海石湾镇", 3L).containsEntry("石洞镇", 2L);
    }

    @Test
    void keyTermsAreAFacetCountedWhenOpened() {
        SearchCriteria criteria = SearchCriteria.ofText("排污");
        assertThat(run(ANALYST, criteria).facets()).doesNotContainKey(SearchField.KEY_TERMS);
        assertThat(facetCounts(ANALYST, criteria, SearchField.KEY_TERMS)).containsEntry("排污", 5L)
                .containsEntry("化工厂", 3L).containsEntry("砂石厂", 1L);
        assertThat(facetCounts(ANALYST, criteria.toggle(SearchField.DISTRICT, "皋兰县"), SearchField.KEY_TERMS))
                .containsOnlyKeys("排污", "砂石厂", "河道", "养殖场", "臭味");
        SearchOutcome chosen = run(ANALYST, criteria.toggle(SearchField.KEY_TERMS, "化工厂"));
        assertThat(chosen.total()).isEqualTo(3);
        assertThat(rows(chosen)).extracting(ResultItem::duplicateGroup).containsExactly("FX-DUP-1");
        assertThat(counts(chosen, SearchField.KEY_TERMS)).containsEntry("化工厂", 3L).containsEntry("排污", 5L);
    }

    private Map<String, Long> placeCounts(CurrentUser user, SearchCriteria criteria) {
        return facetCounts(user, criteria, SearchField.PLACES);
    }

    private Map<String, Long> facetCounts(CurrentUser user, SearchCriteria criteria, SearchField field) {
        return search.facet(user, criteria, field).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void overdueAndCollectiveAreCountedAndShownAsBadges() {
        SearchOutcome outcome = run(ANALYST, SearchCriteria.ofText("排污"));
        assertThat(outcome.overdueCount()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.collectiveCount()).isGreaterThanOrEqualTo(1);
        SearchOutcome overdue = run(ANALYST, SearchCriteria.ofText("排污").withOverdue(true).withCollective(true));
        ResultItem pollB = rows(overdue).stream().filter(r -> r.id().equals("FX-POLL-B")).findFirst().orElseThrow();
        assertThat(pollB.badges()).contains(new Deadlines.Badge(Deadlines.Kind.PROCEDURAL_OVERDUE, 10),
                new Deadlines.Badge(Deadlines.Kind.COLLECTIVE, 8));
        assertThat(rows(overdue)).extracting(ResultItem::id).doesNotContain("FX-POLL-A");
    }

    @Test
    void datePresetsAreRelativeToTheClock() {
        assertThat(ids("拆迁")).contains("FX-OLD");
        List<String> lastWeek = rows(run(ANALYST, SearchCriteria.ofText("拆迁")
                .withDates(SearchCriteria.DateRange.of(SearchCriteria.DateRange.Preset.LAST_7_DAYS))))
                .stream().map(ResultItem::id).toList();
        assertThat(lastWeek).contains("FX-CQ").doesNotContain("FX-OLD");
    }

    @Test
    void deepPagesReadEveryRecordOnceInOrder() {
        SearchOutcome all = run(ANALYST, SearchCriteria.empty().withSort(SearchCriteria.Sort.NEWEST)
                .withFoldDuplicates(false));
        List<ResultItem> read = new ArrayList<>();
        for (int offset = 0; ; offset += 13) {
            List<ResultItem> page = all.results().fetch(offset, 13);
            read.addAll(page);
            if (page.size() < 13) {
                break;
            }
        }
        assertThat(all.total()).isEqualTo(corpusSize + 15L);
        assertThat(read).hasSize((int) all.total());
        assertThat(new HashSet<>(read.stream().map(ResultItem::id).toList())).hasSize(read.size());
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).date()).isBeforeOrEqualTo(read.get(i - 1).date());
        }
    }

    @Test
    void resultsAndFacetsStayInsideTheUsersScope() {
        SearchOutcome outcome = run(CHENGGUAN, SearchCriteria.ofText("补偿 OR 拆迁 OR 排污"));
        assertThat(rows(outcome)).isNotEmpty().allMatch(r -> "城关区".equals(r.district()));
        assertThat(counts(outcome, SearchField.DISTRICT)).containsOnlyKeys("城关区");
        assertThat(run(CHENGGUAN, SearchCriteria.ofText("区县:西固区")).total()).isZero();
    }

    @Test
    void searchesAreAuditedWithTheTypedText() throws IOException {
        run(ANALYST, SearchCriteria.ofText("审计检索词"));
        assertThat(Indices.audit(client, names, ANALYST.username(), AuditAction.SEARCH))
                .anyMatch(e -> e.path("query").asText().equals("审计检索词"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"拆迁", "拆迁\"\"\"", "((((拆迁", "拆迁))))", "{\"match_all\":{}}", "*:*", "title:* OR 1=1",
            "content:拆迁~2^10", "拆迁 AND OR NOT", "😀😡🙏", "\u0000\u0001\u001b[31m拆迁", "\u202E拆迁\u200B", "\\",
            "<script>alert(1)</script>", "' OR '1'='1", "区县:", "状态:不存在的状态", "/.*/", "[1 TO 9]", "拆迁^1000000",
            "_source:*", "_id:FX-NAME", "NOT NOT NOT", "-", "\uD83D", "%00%27"})
    void hostileInputNeverFails(String text) {
        assertThatCode(() -> {
            SearchOutcome outcome = run(ANALYST, SearchCriteria.ofText(text));
            outcome.results().fetch(0, 20);
        }).as(text).doesNotThrowAnyException();
    }

    @Test
    void veryLongInputIsCutAndStillSearches() {
        SearchOutcome outcome = run(ANALYST, SearchCriteria.ofText("拆迁 ".repeat(5000)));
        assertThat(outcome.parsed().notes()).extracting(ParsedQuery.Note::kind).contains(ParsedQuery.Note.Kind.TRUNCATED);
        assertThat(outcome.total()).isPositive();
    }

    private static Map<String, Long> counts(SearchOutcome outcome, SearchField field) {
        return outcome.facets().getOrDefault(field, List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
