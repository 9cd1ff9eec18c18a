package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.Records;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * District scope, masking and their audit trail over HTTP with the demo users: an analyst of 城关区
 * cannot read a 西固区 record by id or count it; personal numbers are masked unless the user may
 * unmask, and every view, refusal and unmask is in the audit trail, which the auditor can export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RecordAccessIT extends EngineBackedIT {

    private static final Instant AT = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String CG_ID_NUMBER = "62010219800101123X";
    private static final String CG_PHONE = "13812341234";
    private static final String XG_PHONE = "13987654321";

    @LocalServerPort
    int port;

    @BeforeAll
    void records() throws IOException {
        Indices.index(client, names, List.of(
                Records.petition("P-CG-1", AT, "城关区", "皋兰路街道", "拆迁补偿款迟迟未发放",
                        "群众反映拆迁补偿款被挪用，联系电话" + CG_PHONE + "，座机0931-8123456。",
                        List.of(Map.of("name", "张某某", "idNumber", CG_ID_NUMBER, "phone", CG_PHONE,
                                "address", "城关区皋兰路某小区"))),
                Records.petition("P-XG-1", AT, "西固区", "陈坪街道", "企业排污影响村民生活",
                        "村民反映化工企业夜间排污。", List.of(Map.of("name", "李某", "phone", XG_PHONE))),
                Records.record("M-NONE-1", Source.MEDIA_REPORT, AT, null, null, "网帖称某地拖欠工资",
                        "网帖未说明地点。"),
                visitNote("V-YZ-1", "榆中县城关镇检察室", "走访记录", "走访群众。"),
                // Same township, another office: not for officer-yz (their own office's notes only).
                visitNote("V-YZ-OTHER", "榆中县和平镇检察室", "另一联络室的走访记录", "走访企业。")));
    }

    private static Map<String, Object> visitNote(String id, String office, String title, String content) {
        Map<String, Object> note = Records.record(id, Source.VISIT_NOTE, AT, "榆中县", "城关镇", title, content);
        note.put(io.liaisoninsight.schema.Fields.VisitNote.OFFICE, office);
        return note;
    }

    private WebSession login(String user) {
        return WebSession.loggedIn(port, user, ItEngines.DEMO_PASSWORD);
    }

    @Test
    void analystCannotReadAnotherDistrictsRecordById() throws IOException {
        HttpResponse<String> response = login("analyst-cg").get("/api/records/P-XG-1");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = WebSession.parse(response.body());
        assertThat(error.path("reason").asText()).isEqualTo("OUT_OF_SCOPE");
        assertThat(error.path("message").asText()).contains("无权查看");
        assertThat(response.body()).doesNotContain("排污", XG_PHONE);
        List<ObjectNode> denied = Indices.audit(client, names, "analyst-cg", AuditAction.RECORD_VIEW).stream()
                .filter(e -> e.path("target").asText().equals("P-XG-1")).toList();
        assertThat(denied).isNotEmpty();
        assertThat(denied.get(0).path("outcome").asText()).isEqualTo("DENIED");
        assertThat(denied.get(0).path("scope").toString()).contains("城关区");
        assertThat(denied.get(0).path("clientAddress").asText()).isNotBlank();
    }

    @Test
    void officerCannotReadAnotherOfficesVisitNoteById() throws IOException {
        WebSession officer = login("officer-yz");
        assertThat(officer.get("/api/records/V-YZ-1").statusCode()).isEqualTo(200);
        HttpResponse<String> response = officer.get("/api/records/V-YZ-OTHER");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(response.body()).path("reason").asText()).isEqualTo("OUT_OF_SCOPE");
        assertThat(response.body()).doesNotContain("走访企业");
        List<ObjectNode> denied = Indices.audit(client, names, "officer-yz", AuditAction.RECORD_VIEW).stream()
                .filter(e -> e.path("target").asText().equals("V-YZ-OTHER")).toList();
        assertThat(denied).isNotEmpty();
        assertThat(denied.get(0).path("outcome").asText()).isEqualTo("DENIED");
        // Analysts and leaders read every office's notes in their places.
        assertThat(login("leader").get("/api/records/V-YZ-OTHER").statusCode()).isEqualTo(200);
    }

    @Test
    void recordsWithoutADistrictAreForAllDistrictUsersOnly() {
        assertThat(login("analyst-cg").get("/api/records/M-NONE-1").statusCode()).isEqualTo(403);
        assertThat(login("leader").get("/api/records/M-NONE-1").statusCode()).isEqualTo(200);
    }

    @Test
    void englishClientsGetTheRefusalInEnglish() {
        HttpResponse<String> response = login("analyst-xg").get("/api/records/P-CG-1", "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(response.body()).path("message").asText()).contains("outside your districts");
    }

    @Test
    void countsFollowTheUsersScope() {
        assertThat(counts(login("analyst-cg"))).isEqualTo(Map.of("PETITION", 1L, "VISIT_NOTE", 0L, "MEDIA_REPORT", 0L));
        assertThat(counts(login("analyst-xg"))).isEqualTo(Map.of("PETITION", 1L, "VISIT_NOTE", 0L, "MEDIA_REPORT", 0L));
        assertThat(counts(login("officer-yz"))).isEqualTo(Map.of("PETITION", 0L, "VISIT_NOTE", 1L, "MEDIA_REPORT", 0L));
        assertThat(counts(login("leader"))).isEqualTo(Map.of("PETITION", 2L, "VISIT_NOTE", 2L, "MEDIA_REPORT", 1L));
        assertThat(counts(login("auditor"))).isEqualTo(Map.of("PETITION", 0L, "VISIT_NOTE", 0L, "MEDIA_REPORT", 0L));
    }

    @Test
    void personalNumbersAreMaskedWithoutThePermission() throws IOException {
        WebSession analyst = login("analyst-xg");
        HttpResponse<String> masked = analyst.get("/api/records/P-XG-1");
        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(XG_PHONE).contains("139****4321");
        assertThat(masked.body()).doesNotContain("identityKeys");

        HttpResponse<String> unmask = analyst.get("/api/records/P-XG-1?unmask=true");
        assertThat(unmask.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(unmask.body()).path("reason").asText()).isEqualTo("NO_UNMASK_PERMISSION");
        assertThat(unmask.body()).doesNotContain(XG_PHONE);
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.UNMASK))
                .anyMatch(e -> e.path("outcome").asText().equals("DENIED") && e.path("target").asText().equals("P-XG-1"));
    }

    @Test
    void unmaskingNeedsThePermissionAndIsAudited() throws IOException {
        WebSession analyst = login("analyst-cg");
        HttpResponse<String> masked = analyst.get("/api/records/P-CG-1");
        assertThat(masked.body()).doesNotContain(CG_ID_NUMBER, CG_PHONE, "8123456")
                .contains("620102********123X", "138****1234", "0931-****456");

        JsonNode full = analyst.json("/api/records/P-CG-1?unmask=true");
        assertThat(full.at("/complainants/0/idNumber").asText()).isEqualTo(CG_ID_NUMBER);
        assertThat(full.at("/complainants/0/phone").asText()).isEqualTo(CG_PHONE);

        List<ObjectNode> unmasks = Indices.audit(client, names, "analyst-cg", AuditAction.UNMASK);
        assertThat(unmasks).anyMatch(e -> e.path("outcome").asText().equals("SUCCESS")
                && e.path("target").asText().equals("P-CG-1"));
        assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.RECORD_VIEW))
                .anyMatch(e -> e.path("outcome").asText().equals("SUCCESS") && e.path("target").asText().equals("P-CG-1"));
    }

    @Test
    void unknownIdsAre404AndAudited() throws IOException {
        HttpResponse<String> response = login("leader").get("/api/records/NO-SUCH-ID");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"not_found\"", "记录不存在");
        assertThat(Indices.audit(client, names, "leader", AuditAction.RECORD_VIEW))
                .anyMatch(e -> e.path("outcome").asText().equals("NOT_FOUND"));
    }

    @Test
    void loginsAndFailedLoginsAreAudited() throws IOException {
        login("analyst-xg");
        HttpResponse<String> failed = WebSession.anonymous(port).login("analyst-xg", "wrong password");
        assertThat(WebSession.location(failed)).endsWith("/login?error");

        ObjectNode success = Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_SUCCESS).get(0);
        assertThat(success.path("roles").toString()).contains("ANALYST");
        assertThat(success.path("scope").toString()).contains("西固区");
        assertThat(success.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Indices.audit(client, names, "analyst-xg", AuditAction.LOGIN_FAILURE)).isNotEmpty();
    }

    @Test
    void logoutIsAuditedAndEndsTheSession() throws IOException {
        WebSession session = login("officer-yz");
        HttpResponse<String> logout = session.post("/logout", Map.of("_csrf", session.csrfToken()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Indices.audit(client, names, "officer-yz", AuditAction.LOGOUT)).hasSize(1);
        assertThat(session.get("/api/health").statusCode()).isEqualTo(401);
    }

    @Test
    void auditorExportsTheFilteredTrailAndTheExportIsAudited() throws IOException {
        login("analyst-cg").get("/api/records/P-XG-1");
        HttpResponse<String> csv = login("auditor").get("/api/audit/events.csv?user=analyst-cg&action=RECORD_VIEW");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF时间,用户");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(List.of(lines).subList(1, lines.length)).allMatch(l -> l.contains(",analyst-cg,")
                && l.contains(",RECORD_VIEW,"));
        assertThat(csv.body()).contains("P-XG-1", "拒绝");

        ObjectNode export = Indices.audit(client, names, "auditor", AuditAction.EXPORT).get(0);
        assertThat(export.path("target").asText()).isEqualTo("audit-trail");
        assertThat(export.path("details").path("user").asText()).isEqualTo("analyst-cg");
    }

    private static Map<String, Long> counts(WebSession session) {
        JsonNode health = session.json("/api/health");
        Map<String, Long> counts = new java.util.HashMap<>();
        for (JsonNode count : health.at("/documents/bySource")) {
            counts.put(count.path("source").asText(), count.path("count").asLong());
        }
        return counts;
    }
}
