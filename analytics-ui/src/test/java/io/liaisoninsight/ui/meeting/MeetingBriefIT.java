package io.liaisoninsight.ui.meeting;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.security.Scope;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.Browser;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.Records;
import io.liaisoninsight.ui.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The meeting brief against the real Elasticsearch with the demo users: a district outside the user's
 * scope is refused (403, audited); a brief for the whole scope counts and lists only in-scope records, in
 * JSON, PDF (text extracted with PDFBox) and XLSX; phone and ID numbers are masked for users without the
 * unmask permission and clear (audited) for one with it; decisions are audited; meetings of other districts
 * do not open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MeetingBriefIT extends EngineBackedIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final String PERIOD = "from=" + TODAY.minusDays(40) + "&to=" + TODAY;
    private static final String CG_ID_NUMBER = "62010219800101123X";
    private static final String CG_PHONE = "13812341234";
    private static final String XG_PHONE = "13987654321";
    private static final String XG_ID_NUMBER = "620104199002023456";
    private static final CurrentUser ANALYST_CG = new CurrentUser("analyst-cg", "IT", Set.of(Role.ANALYST),
            Scope.of(List.of("城关区"), List.of()), true, null);
    private static final CurrentUser ANALYST_XG = new CurrentUser("analyst-xg", "IT", Set.of(Role.ANALYST),
            Scope.of(List.of("西固区"), List.of()), false, null);

    @LocalServerPort
    int port;
    @Autowired
    MeetingService meetings;

    @BeforeAll
    void records() throws IOException {
        Map<String, Object> cg1 = Records.petition("P-CG-1", AT, "城关区", "皋兰路街道", "拆迁补偿款迟迟未发放",
                "群众反映拆迁补偿款被挪用。", List.of(Map.of("name", "张某某", "idNumber", CG_ID_NUMBER, "phone", CG_PHONE)));
        cg1.put("riskLevel", "RED");
        cg1.put("headcount", 6);
        cg1.put("keyTerms", List.of("拆迁补偿"));
        cg1.put("escalationLevel", "CITY");
        cg1.put("proceduralReplyDueAt", AT.plus(7, ChronoUnit.DAYS).toString());
        Map<String, Object> cg2 = Records.petition("P-CG-2", AT.plus(1, ChronoUnit.DAYS), "城关区", "张掖路街道",
                "小区物业收费纠纷", "物业乱收费。", List.of(Map.of("name", "王某")));
        cg2.put("riskLevel", "BLUE");
        cg2.put("status", "CLOSED");
        cg2.put("keyTerms", List.of("物业收费"));
        Map<String, Object> xg1 = Records.petition("P-XG-1", AT, "西固区", "陈坪街道", "企业排污影响村民生活",
                "村民反映化工企业夜间排污。", List.of(Map.of("name", "李某", "phone", XG_PHONE, "idNumber", XG_ID_NUMBER)));
        xg1.put("riskLevel", "RED");
        xg1.put("headcount", 12);
        xg1.put("keyTerms", List.of("企业排污"));
        xg1.put("proceduralReplyDueAt", AT.plus(7, ChronoUnit.DAYS).toString());
        Map<String, Object> xg2 = Records.petition("P-XG-2", AT, "西固区", "西柳沟街道", "冬季供暖温度不达标",
                "供暖不达标。", List.of(Map.of("name", "赵某")));
        xg2.put("riskLevel", "ORANGE");
        Indices.index(client, names, List.of(cg1, cg2, xg1, xg2,
                Records.record("V-CG-1", Source.VISIT_NOTE, AT, "城关区", "皋兰路街道", "走访皋兰路社区", "走访群众。"),
                Records.record("P-OLD-CG", Source.PETITION, AT.minus(120, ChronoUnit.DAYS), "城关区", "皋兰路街道",
                        "时段以外的旧件", "旧件。")));
    }

    private WebSession login(String user) {
        return WebSession.loggedIn(port, user, ItEngines.DEMO_PASSWORD);
    }

    @Test
    void aDistrictOutsideTheScopeIsRefusedAndAudited() throws IOException {
        WebSession analyst = login("analyst-cg");
        for (String path : List.of("/api/briefs/brief.pdf", "/api/briefs/brief.xlsx", "/api/briefs")) {
            HttpResponse<String> response = analyst.get(path + "?" + PERIOD + "&district=%E8%A5%BF%E5%9B%BA%E5%8C%BA");
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(WebSession.parse(response.body()).path("reason").asText()).isEqualTo("OUT_OF_SCOPE");
            assertThat(response.body()).doesNotContain("排污", XG_PHONE);
        }
        // Asking for one's own district and another one is refused too, not narrowed.
        assertThat(analyst.get("/api/briefs?" + PERIOD + "&district=%E5%9F%8E%E5%85%B3%E5%8C%BA"
                + "&district=%E8%A5%BF%E5%9B%BA%E5%8C%BA").statusCode()).isEqualTo(403);
        List<ObjectNode> denied = Indices.audit(client, names, "analyst-cg", AuditAction.ACCESS_DENIED).stream()
                .filter(e -> e.path("details").path("function").asText().equals("meeting-brief")).toList();
        assertThat(denied).hasSizeGreaterThanOrEqualTo(4);
        assertThat(denied.get(0).path("outcome").asText()).isEqualTo("DENIED");
        assertThat(denied.get(0).path("details").path("refused").toString()).contains("西固区");
        assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.EXPORT)).noneMatch(e ->
                e.path("details").path("scope").toString().contains("西固区"));
    }

    @Test
    void theWholeScopeCountsOnlyInScopeRecords() {
        JsonNode brief = login("analyst-cg").json("/api/briefs?" + PERIOD);
        assertThat(brief.path("scope").toString()).isEqualTo("[\"城关区\"]");
        assertThat(brief.path("total").asLong()).isEqualTo(3);
        assertThat(brief.path("petitions").asLong()).isEqualTo(2);
        assertThat(brief.path("overdue").asLong()).isEqualTo(1);
        assertThat(brief.path("collective").asLong()).isEqualTo(1);
        assertThat(brief.path("escalated").asLong()).isEqualTo(1);
        assertThat(brief.path("byDistrict").toString()).contains("城关区").doesNotContain("西固区");
        assertThat(brief.path("keyTerms").toString()).contains("拆迁补偿").doesNotContain("企业排污");
        assertThat(brief.path("urgent").findValuesAsText("id")).containsExactly("P-CG-1");
        assertThat(brief.path("weekly").findValues("count").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(3);
        assertThat(brief.toString()).doesNotContain("P-XG", "排污", "供暖", XG_PHONE, CG_PHONE, CG_ID_NUMBER);

        JsonNode leader = login("leader").json("/api/briefs?" + PERIOD);
        assertThat(leader.path("total").asLong()).isEqualTo(5);
        assertThat(leader.path("urgent").findValuesAsText("id")).containsExactly("P-CG-1", "P-XG-1", "P-XG-2");
    }

    @Test
    void pdfAndXlsxHoldOnlyInScopeRecordsAndMaskedNumbers() throws IOException {
        WebSession xg = login("analyst-xg");
        String pdf = pdfText(xg.bytes("/api/briefs/brief.pdf?" + PERIOD));
        assertThat(pdf).contains("信访风险研判简报", "西固区", "P-XG-1", "企业排污影响村民生活", "139****4321",
                "620104********3456");
        assertThat(pdf).doesNotContain("P-CG", "拆迁补偿款", "城关区", XG_PHONE, XG_ID_NUMBER);
        String xlsx = xlsxText(xg.bytes("/api/briefs/brief.xlsx?" + PERIOD));
        assertThat(xlsx).contains("P-XG-1", "企业排污影响村民生活", "139****4321");
        assertThat(xlsx).doesNotContain("P-CG", "拆迁补偿款", "城关区", XG_PHONE, XG_ID_NUMBER);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.EXPORT))
                .anyMatch(e -> e.path("target").asText().equals("meeting-brief.pdf")
                        && e.path("details").path("masked").asBoolean());

        HttpResponse<String> unmask = xg.get("/api/briefs/brief.pdf?" + PERIOD + "&unmask=true");
        assertThat(unmask.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(unmask.body()).path("reason").asText()).isEqualTo("NO_UNMASK_PERMISSION");
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.UNMASK))
                .anyMatch(e -> e.path("outcome").asText().equals("DENIED"));
    }

    @Test
    void aUserAllowedToUnmaskGetsFullNumbersOnlyWhenAskingAndAudited() throws IOException {
        WebSession cg = login("analyst-cg");
        String masked = pdfText(cg.bytes("/api/briefs/brief.pdf?" + PERIOD));
        assertThat(masked).contains("P-CG-1", "138****1234").doesNotContain(CG_PHONE, CG_ID_NUMBER, "P-XG", "排污");

        String clear = pdfText(cg.bytes("/api/briefs/brief.pdf?" + PERIOD + "&unmask=true"));
        assertThat(clear).contains("P-CG-1", CG_PHONE, CG_ID_NUMBER).doesNotContain("P-XG", XG_PHONE);
        String xlsx = xlsxText(cg.bytes("/api/briefs/brief.xlsx?" + PERIOD + "&unmask=true"));
        assertThat(xlsx).contains(CG_PHONE, CG_ID_NUMBER).doesNotContain(XG_PHONE, "P-XG");
        assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.UNMASK))
                .anyMatch(e -> e.path("outcome").asText().equals("SUCCESS")
                        && e.path("details").path("records").toString().contains("P-CG-1"));
    }

    @Test
    void decisionsAreAuditedAndMeetingsStayInTheirScope() throws IOException {
        Meeting meeting = meetings.create(ANALYST_CG, "城关区十一月研判会商", new Period(TODAY.minusDays(40), TODAY),
                List.of());
        assertThat(meeting.scope()).containsExactly("城关区");
        assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.MEETING_CREATED))
                .anyMatch(e -> e.path("target").asText().equals(meeting.id())
                        && e.path("details").path("title").asText().equals("城关区十一月研判会商"));
        Meeting decided = meetings.decide(ANALYST_CG, meeting.id(), Decision.Kind.SUPERVISION,
                "拆迁补偿款问题由区住建局七日内答复", "区住建局", TODAY.plusDays(7));
        assertThat(decided.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Decision.Kind.SUPERVISION);
            assertThat(d.status()).isEqualTo(Decision.Status.OPEN);
            assertThat(d.decidedBy()).isEqualTo("analyst-cg");
        });
        String decisionId = decided.decisions().get(0).id();
        meetings.setStatus(ANALYST_CG, meeting.id(), decisionId, Decision.Status.DONE);
        assertThat(meetings.open(ANALYST_CG, meeting.id()).decisions().get(0).status()).isEqualTo(Decision.Status.DONE);

        List<ObjectNode> audited = Indices.audit(client, names, "analyst-cg", AuditAction.MEETING_DECISION).stream()
                .filter(e -> e.path("target").asText().equals(meeting.id())).toList();
        assertThat(audited).hasSize(2);
        assertThat(audited).anyMatch(e -> e.path("details").path("text").asText().contains("区住建局七日内答复")
                && e.path("details").path("kind").asText().equals("SUPERVISION"));
        assertThat(audited).anyMatch(e -> e.path("details").path("status").asText().equals("DONE"));

        // The meeting's brief carries its decisions; another district's analyst cannot open it (audited).
        String pdf = pdfText(login("analyst-cg").bytes(BriefFormat.PDF.meetingPath(meeting.id(), false)));
        assertThat(pdf).contains("城关区十一月研判会商", "区住建局七日内答复", "督办事项").doesNotContain("P-XG");
        assertThat(meetings.list(ANALYST_XG)).noneMatch(m -> m.id().equals(meeting.id()));
        assertThat(meetings.list(ANALYST_CG)).anyMatch(m -> m.id().equals(meeting.id()));
        assertThatThrownBy(() -> meetings.open(ANALYST_XG, meeting.id())).isInstanceOf(NotPermittedException.class);
        assertThat(login("analyst-xg").get(BriefFormat.XLSX.meetingPath(meeting.id(), false)).statusCode())
                .isEqualTo(403);
        assertThatThrownBy(() -> meetings.decide(ANALYST_XG, meeting.id(), Decision.Kind.DECISION, "越权", null, null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.MEETING_DECISION)).isEmpty();
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.ACCESS_DENIED))
                .anyMatch(e -> e.path("target").asText().equals(meeting.id()));
        assertThatThrownBy(() -> meetings.create(ANALYST_CG, "越权会商", new Period(TODAY.minusDays(7), TODAY),
                List.of("西固区"))).isInstanceOf(NotPermittedException.class);
        assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.MEETING_CREATED))
                .noneMatch(e -> e.path("details").path("title").asText().equals("越权会商"));
        HttpResponse<String> unknown = login("analyst-cg").get("/api/meetings/no-such-meeting/brief.pdf");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("未找到该会商记录");
    }

    @Test
    void theMeetingPagesShowTheScopedBriefAndCreateAMeeting() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext()) {
            Page page = Browser.loggedIn(context, "http://localhost:" + port, "analyst-cg");
            page.navigate("http://localhost:" + port + "/meetings");
            page.locator("#brief-preview").click();
            page.locator("#brief").waitFor();
            assertThat(page.locator("#brief").innerText()).contains("拆迁补偿款迟迟未发放", "138****1234")
                    .doesNotContain("企业排污影响村民生活", "西固区", CG_PHONE);

            page.locator("#meeting-title input").fill("城关区十一月研判会商");
            page.locator("#meeting-create").click();
            page.waitForURL(url -> url.matches(".*/meetings/[^/]+$"));
            page.locator("#brief-exports").waitFor();
            page.locator("#decision-form").waitFor();
            assertThat(page.content()).contains("城关区十一月研判会商").doesNotContain("企业排污影响村民生活");
        }
    }

    @Test
    void otherRolesAreRefused() {
        for (String user : List.of("auditor", "admin", "officer-yz")) {
            assertThat(login(user).get("/api/briefs?" + PERIOD).statusCode()).as(user).isEqualTo(403);
        }
    }

    private static String pdfText(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String xlsxText(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
