package io.liaisoninsight.ui.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.KnownUsers;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.TestClock;
import io.liaisoninsight.ui.testing.WebSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.liaisoninsight.ui.search.SearchFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search features over HTTP and across services with the demo users: the CSV/XLSX export (whole result,
 * several batches, scoped, masked, audited, refused without a reading role), hostile search URLs, the
 * synonym dictionary, saved searches and their alerts (on a clock the test moves).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"liaison.search.export-batch=7", "liaison.search.alerts.enabled=false"})
@ActiveProfiles("demo")
class SearchWebIT extends EngineBackedIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final TestClock CLOCK = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZONE);
    private static final String PHONE = "13812341234";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    SynonymStore synonyms;
    @Autowired
    SearchService search;
    @Autowired
    SavedSearches saved;
    @Autowired
    SearchAlerts alerts;
    @Autowired
    AlertSchedule schedule;
    @Autowired
    KnownUsers users;

    @BeforeAll
    void records() throws IOException {
        Instant at = CLOCK.instant().minus(1, ChronoUnit.DAYS);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(petition("EX-CG-" + i, at.minusSeconds(i), "城关区", "皋兰路街道", "拆迁补偿第" + i + "号",
                    "群众反映拆迁补偿款被挪用，联系电话" + PHONE + "，=HYPERLINK(\"x\")"));
        }
        records.add(petition("EX-XG-1", at, "西固区", "陈坪街道", "拆迁补偿西固", "西固区拆迁问题。"));
        records.add(petition("SYN-1", at, "城关区", "皋兰路街道", "营业执照被吊销", "企业营业执照被吊销，要求说明理由。"));
        Indices.index(client, names, records);
    }

    private WebSession login(String user) {
        return WebSession.loggedIn(port, user, "liaison-demo");
    }

    private CurrentUser user(String name) {
        return users.byUsername(name).orElseThrow();
    }

    @Test
    void csvExportStreamsTheWholeScopedResultMaskedWithABom() throws IOException {
        HttpResponse<String> csv = login("analyst-cg").get("/api/search/export.csv?q="
                + URLEncoder.encode("拆迁", StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("attachment", ".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF编号,来源,时间,区县");
        // 20 records in 城关区 over three batches of 7; the 西固区 one is outside the analyst's scope.
        assertThat(lines).hasSize(21);
        assertThat(csv.body()).contains("EX-CG-0", "EX-CG-19", "138****1234", "信访件").doesNotContain(PHONE, "EX-XG-1");
        assertThat(csv.body()).as("formula cells are neutralised").doesNotContain(",=HYPERLINK");
        JsonNode export = Indices.audit(client, names, "analyst-cg", AuditAction.EXPORT).get(0);
        assertThat(export.path("target").asText()).isEqualTo("search-results.csv");
        assertThat(export.path("query").asText()).isEqualTo("拆迁");
    }

    @Test
    void xlsxExportIsARealWorkbook() throws IOException {
        HttpResponse<byte[]> xlsx = bytes(login("leader"), "/api/search/export.xlsx?q="
                + URLEncoder.encode("拆迁补偿", StandardCharsets.UTF_8) + "&district="
                + URLEncoder.encode("西固区", StandardCharsets.UTF_8));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EX-XG-1");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("西固区");
        }
    }

    @Test
    void exportNeedsARoleThatReadsRecords() throws IOException {
        HttpResponse<String> refused = login("auditor").get("/api/search/export.csv?q=x");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Indices.audit(client, names, "auditor", AuditAction.ACCESS_DENIED))
                .anyMatch(e -> e.path("target").asText().equals("search-results.csv"));
    }

    /**
     * Hostile text in a URL (a bookmark, a crafted link). A 10,000-character query never reaches a URL: the
     * page cuts the typed text to what the parser reads before putting it in the address (the browser test
     * types one); longer request lines are refused by the servlet container itself (400), before the app.
     */
    @Test
    void hostileSearchUrlsNeverFail() {
        WebSession analyst = login("analyst-cg");
        for (String q : List.of("{\"match_all\":{}}", "*:*", "title:* OR 1=1", "\"拆迁", "((((", "😀",
                "\u0000\u001b", "拆".repeat(400))) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            assertThat(analyst.get("/search?q=" + encoded).statusCode()).as(q).isEqualTo(200);
            assertThat(analyst.get("/api/search/export.csv?q=" + encoded + "&date=custom&from=x&to=2026-99-99"
                    + "&district=%00&sort=%27").statusCode()).as(q).isEqualTo(200);
        }
    }

    @Test
    void administratorsEditSynonymsAndSearchesUseThemAtOnce() throws IOException {
        CurrentUser admin = user("admin");
        CurrentUser analyst = user("analyst-cg");
        assertThat(ids(analyst, "注销")).doesNotContain("SYN-1");
        synonyms.save(admin, SynonymDictionary.defaultText() + "\n注销, 吊销\n");
        try {
            assertThat(ids(analyst, "注销")).contains("SYN-1");
            assertThat(Indices.audit(client, names, "admin", AuditAction.CONFIGURATION_CHANGE)).isNotEmpty();
            assertThatThrownBy(() -> synonyms.save(analyst, "a, b")).isInstanceOf(NotPermittedException.class);
            assertThat(saved.list(admin)).as("the dictionary is no one's saved search").isEmpty();
        } finally {
            synonyms.reset(admin);
        }
        assertThat(ids(analyst, "注销")).doesNotContain("SYN-1");
    }

    @Test
    void savedSearchesBelongToTheirOwner() {
        CurrentUser owner = user("analyst-xg");
        SavedSearch s = saved.save(owner, "排污 西固", SearchCriteria.ofText("排污").toggle(SearchField.DISTRICT, "西固区"),
                false);
        assertThat(saved.list(owner)).extracting(SavedSearch::id).contains(s.id());
        assertThat(saved.list(owner).get(0).criteria()).isEqualTo(s.criteria());
        CurrentUser other = user("analyst-cg");
        assertThat(saved.list(other)).extracting(SavedSearch::id).doesNotContain(s.id());
        assertThatThrownBy(() -> saved.delete(other, s.id())).isInstanceOf(NotPermittedException.class);
        saved.delete(owner, s.id());
        assertThat(saved.list(owner)).extracting(SavedSearch::id).doesNotContain(s.id());
    }

    @Test
    void alertsReportNewMatchingRecordsInScopeOnceWithTheMatchedWords() throws IOException {
        CurrentUser analyst = user("analyst-cg");
        SavedSearch wages = saved.save(analyst, "欠薪提醒", SearchCriteria.ofText("欠薪"), true);
        CLOCK.advance(Duration.ofSeconds(330));
        Instant arrived = CLOCK.instant();
        Indices.index(client, names, List.of(
                ingested(petition("AL-CG-1", arrived, "城关区", "皋兰路街道", "工地拖欠工资", "老板拖欠工资两个月。"), arrived),
                ingested(petition("AL-XG-1", arrived, "西固区", "陈坪街道", "工地拖欠工资", "老板拖欠工资。"), arrived),
                ingested(petition("AL-CG-2", arrived, "城关区", "皋兰路街道", "噪音扰民", "夜间施工噪音。"), arrived)));
        CLOCK.advance(Duration.ofSeconds(30));

        schedule.check();
        List<SearchAlerts.Alert> unseen = alerts.unseen(analyst);
        assertThat(unseen).extracting(a -> a.record().id()).containsExactly("AL-CG-1");
        assertThat(unseen.get(0).matchedTerms()).contains("拖欠工资");
        assertThat(unseen.get(0).savedSearchName()).isEqualTo("欠薪提醒");
        assertThat(alerts.unseenCount(analyst)).isEqualTo(1);

        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(alerts.check(analyst)).as("overlapping window, same record: no second alert").isZero();
        alerts.markSeen(user("analyst-xg"), List.of(unseen.get(0).id()));
        assertThat(alerts.unseen(analyst)).as("another user cannot mark it").hasSize(1);
        alerts.markSeen(analyst, List.of(unseen.get(0).id()));
        assertThat(alerts.unseen(analyst)).isEmpty();
        CLOCK.advance(Duration.ofSeconds(30));
        assertThat(alerts.check(analyst)).as("a seen alert is not raised again").isZero();
        saved.delete(analyst, wages.id());
    }

    private static Map<String, Object> ingested(Map<String, Object> record, Instant at) {
        record.put(Fields.INGESTED_AT, at.toString());
        return record;
    }

    private List<String> ids(CurrentUser user, String text) {
        return search.search(user, SearchCriteria.ofText(text)).results().fetch(0, 100).stream()
                .map(ResultItem::id).toList();
    }

    private static HttpResponse<byte[]> bytes(WebSession session, String path) {
        return session.bytes(path);
    }
}
