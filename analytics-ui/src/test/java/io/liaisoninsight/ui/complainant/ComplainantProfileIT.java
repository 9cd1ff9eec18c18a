package io.liaisoninsight.ui.complainant;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Browser;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import io.liaisoninsight.ui.testing.Records;
import io.liaisoninsight.ui.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainant profile over HTTP and in the browser with the demo users, against real Elasticsearch:
 * district scope on the identity's matters (refused and audited when none is the reader's, only the
 * reader's matters and figures otherwise, also through a merged id), masking and audited unmasking of
 * the contact details taken from the reader's petitions, and an audit entry for every view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "liaison.search.alerts.enabled=false")
@ActiveProfiles("demo")
class ComplainantProfileIT extends EngineBackedIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String ID_NUMBER = "62010219800101123X";
    private static final String PHONE = "13812341234";
    private static final String XG_PHONE = "13987654321";
    private static final String XG_TITLE = "西固区化工厂排污久拖不决";

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void data() throws IOException {
        Map<String, String> wang = Map.of("name", "王某某", "idNumber", ID_NUMBER, "phone", PHONE);
        Indices.index(client, names, List.of(
                petition("P-MIX-CG1", days(100), "城关区", "皋兰路街道", "拆迁补偿款迟迟未发放", "IN_PROGRESS", List.of(wang),
                        "ID-MIX"),
                petition("P-MIX-CG2", days(3), "城关区", "酒泉路街道", "再次反映拆迁补偿", "RECEIVED",
                        List.of(Map.of("name", "王某某", "phone", PHONE)), "ID-MIX"),
                petition("P-MIX-XG1", days(40), "西固区", "陈坪街道", XG_TITLE, "CLOSED",
                        List.of(Map.of("name", "王某某", "phone", PHONE)), "ID-MIX"),
                petition("P-XG-ONLY", days(20), "西固区", "陈坪街道", "企业拖欠工资", "RECEIVED",
                        List.of(Map.of("name", "赵某", "phone", XG_PHONE)), "ID-XG")));

        List<Map<String, Object>> keys = List.of(key("ID_NUMBER", "k-id"), key("PHONE", "k-phone"));
        identity("ID-MIX", List.of("王某某"), keys, List.of("ID-MIX-OLD"), List.of(
                matter("P-MIX-CG1", "VISIT", days(100), "IN_PROGRESS", true, "城关区", "皋兰路街道", "CITY",
                        List.of("k-id", "k-phone")),
                matter("P-MIX-CG2", "LETTER", days(3), "RECEIVED", true, "城关区", "酒泉路街道", null, List.of("k-phone")),
                matter("P-MIX-XG1", "PHONE_12309", days(40), "CLOSED", false, "西固区", "陈坪街道", "PROVINCE",
                        List.of("k-phone"))));
        identity("ID-XG", List.of("赵某"), List.of(key("PHONE", "k-xg")), List.of(), List.of(
                matter("P-XG-ONLY", "VISIT", days(20), "RECEIVED", true, "西固区", "陈坪街道", null, List.of("k-xg"))));
    }

    @AfterAll
    void drop(Engines engines) throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    private WebSession login(String user) {
        return WebSession.loggedIn(port, user, ItEngines.DEMO_PASSWORD);
    }

    @Test
    void anAnalystCannotOpenAProfileWhoseMattersAreAllInAnotherDistrict() throws IOException {
        HttpResponse<String> response = login("analyst-cg").get("/api/complainants/ID-XG");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode error = WebSession.parse(response.body());
        assertThat(error.path("reason").asText()).isEqualTo("OUT_OF_SCOPE");
        assertThat(error.path("message").asText()).contains("无权查看");
        assertThat(response.body()).doesNotContain("赵某", XG_PHONE, "P-XG-ONLY", "陈坪");
        ObjectNode denied = entry("analyst-cg", AuditAction.PROFILE_VIEW, "ID-XG", "DENIED");
        assertThat(denied.path("scope").toString()).contains("城关区");
        assertThat(denied.path("at").asText()).isNotBlank();
    }

    @Test
    void anAnalystSeesOnlyTheirDistrictsMattersAndFiguresRecomputedFromThem() {
        HttpResponse<String> response = login("analyst-cg").get("/api/complainants/ID-MIX");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode p = WebSession.parse(response.body());

        assertThat(ids(p)).containsExactly("P-MIX-CG2", "P-MIX-CG1");
        assertThat(p.path("contactCount").asInt()).isEqualTo(2);
        assertThat(p.path("openMatters").asInt()).isEqualTo(2);
        // P-MIX-CG1: substantive deadline (received + 3 months) passed 10 days ago; P-MIX-CG2 is 3 days old.
        assertThat(p.path("overdueMatters").asInt()).isEqualTo(1);
        assertThat(p.at("/matters/1/overdueDays").asLong()).isBetween(8L, 12L);
        assertThat(p.at("/matters/0/overdueDays").isNull()).isTrue();
        assertThat(p.path("districts").toString()).isEqualTo("[\"城关区\"]");
        assertThat(p.path("channels").toString()).contains("LETTER", "VISIT").doesNotContain("PHONE_12309");
        assertThat(p.path("escalationLevel").asText()).isEqualTo("CITY");
        // Only the phone is shared by two of the reader's matters.
        assertThat(p.path("linkedBy").toString()).isEqualTo("[\"PHONE\"]");
        assertThat(p.at("/matters/1/title").asText()).isEqualTo("拆迁补偿款迟迟未发放");
        assertThat(response.body()).doesNotContain("P-MIX-XG1", XG_TITLE, "西固区", "陈坪", "PROVINCE", "k-phone", "k-id");

        JsonNode xg = login("analyst-xg").json("/api/complainants/ID-MIX");
        assertThat(ids(xg)).containsExactly("P-MIX-XG1");
        assertThat(xg.path("contactCount").asInt()).isEqualTo(1);
        assertThat(xg.path("openMatters").asInt()).isZero();
        assertThat(xg.path("linkedBy").size()).isZero();

        JsonNode all = login("leader").json("/api/complainants/ID-MIX");
        assertThat(ids(all)).containsExactly("P-MIX-CG2", "P-MIX-XG1", "P-MIX-CG1");
        assertThat(all.path("districts").toString()).isEqualTo("[\"城关区\",\"西固区\"]");
        assertThat(all.path("escalationLevel").asText()).isEqualTo("PROVINCE");
    }

    @Test
    void aMergedIdOpensTheIdentityItWasMergedInto() throws IOException {
        JsonNode p = login("analyst-cg").json("/api/complainants/ID-MIX-OLD");
        assertThat(p.path("identityId").asText()).isEqualTo("ID-MIX");
        assertThat(p.path("requestedId").asText()).isEqualTo("ID-MIX-OLD");
        assertThat(ids(p)).containsExactly("P-MIX-CG2", "P-MIX-CG1");
        assertThat(entry("analyst-cg", AuditAction.PROFILE_VIEW, "ID-MIX", "SUCCESS").path("details").toString())
                .contains("ID-MIX-OLD");
    }

    @Test
    void everyProfileViewIsAudited() throws IOException {
        login("leader").json("/api/complainants/ID-XG");
        ObjectNode view = entry("leader", AuditAction.PROFILE_VIEW, "ID-XG", "SUCCESS");
        assertThat(view.path("scope").toString()).contains("*");
        assertThat(view.path("roles").toString()).contains("LEADER");
        assertThat(view.path("clientAddress").asText()).isNotBlank();

        assertThat(login("leader").get("/api/complainants/NO-SUCH-ID").statusCode()).isEqualTo(404);
        entry("leader", AuditAction.PROFILE_VIEW, "NO-SUCH-ID", "NOT_FOUND");
    }

    @Test
    void profilesNeedAnAnalysisRole() throws IOException {
        HttpResponse<String> response = login("officer-yz").get("/api/complainants/ID-MIX");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(response.body()).path("reason").asText()).isEqualTo("ROLE_REQUIRED");
        assertThat(response.body()).doesNotContain("王某某");
        entry("officer-yz", AuditAction.ACCESS_DENIED, "ID-MIX", "DENIED");
    }

    @Test
    void contactNumbersAreMaskedUnlessAPermittedUserUnmasks() throws IOException {
        HttpResponse<String> masked = login("analyst-xg").get("/api/complainants/ID-MIX");
        assertThat(masked.body()).contains("王某某", "138****1234").doesNotContain(PHONE, ID_NUMBER);
        HttpResponse<String> refused = login("analyst-xg").get("/api/complainants/ID-MIX?unmask=true");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(WebSession.parse(refused.body()).path("reason").asText()).isEqualTo("NO_UNMASK_PERMISSION");
        assertThat(refused.body()).doesNotContain(PHONE);
        entry("analyst-xg", AuditAction.UNMASK, "ID-MIX", "DENIED");

        WebSession cg = login("analyst-cg");
        assertThat(cg.get("/api/complainants/ID-MIX").body()).doesNotContain(PHONE, ID_NUMBER)
                .contains("620102********123X");
        JsonNode full = cg.json("/api/complainants/ID-MIX?unmask=true");
        assertThat(full.path("masked").asBoolean()).isFalse();
        assertThat(full.path("contacts").toString()).contains(PHONE, ID_NUMBER);
        ObjectNode unmask = entry("analyst-cg", AuditAction.UNMASK, "ID-MIX", "SUCCESS");
        assertThat(unmask.path("details").toString()).contains("P-MIX-CG1").doesNotContain("P-MIX-XG1");
    }

    @Test
    void theProfilePageIsScopedMaskedAndUnmasksOnRequest() throws IOException {
        try (BrowserContext context = browser().newContext()) {
            Page page = loggedIn(context, "analyst-cg");

            // Typed into the address bar: another district's profile.
            page.navigate(base() + "/complainants/ID-XG");
            page.getByText("无权查看").first().waitFor();
            assertThat(page.content()).doesNotContain("赵某", XG_PHONE, "P-XG-ONLY");
            assertThat(Indices.audit(client, names, "analyst-cg", AuditAction.PROFILE_VIEW))
                    .filteredOn(e -> e.path("target").asText().equals("ID-XG") && e.path("outcome").asText().equals("DENIED"))
                    .hasSizeGreaterThanOrEqualTo(1);

            page.navigate(base() + "/complainants/ID-MIX");
            page.locator("#complainant-matters .matter-record").first().waitFor();
            String html = page.content();
            assertThat(html).contains("王某某", "138****1234", "620102********123X", "拆迁补偿款迟迟未发放",
                    "手机号（电话）相同", "来访 2 次");
            assertThat(html).doesNotContain(PHONE, ID_NUMBER, XG_TITLE, "P-MIX-XG1");
            assertThat(page.locator("#complainant-matters .matter-record").count()).isEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/complainant.png")).setFullPage(true));

            page.locator("#unmask").click();
            page.getByText(PHONE).first().waitFor();
            assertThat(page.content()).contains(PHONE, ID_NUMBER).doesNotContain(XG_TITLE);
            entry("analyst-cg", AuditAction.UNMASK, "ID-MIX", "SUCCESS");

            page.locator("#complainant-matters .matter-record[data-id='P-MIX-CG1']").click();
            page.waitForURL(url -> url.contains("/records/P-MIX-CG1"));
        }
        try (BrowserContext context = browser().newContext()) {
            Page page = loggedIn(context, "analyst-xg");
            page.navigate(base() + "/complainants/ID-MIX");
            page.locator("#complainant-matters .matter-record").first().waitFor();
            assertThat(page.content()).contains("138****1234", XG_TITLE).doesNotContain(PHONE, "拆迁补偿款迟迟未发放");
            assertThat(page.locator("#unmask").count()).isZero();
        }
    }

    @Test
    void unknownIdsShowEachPagesOwnMessageAndKnownOnesTheirTitle() {
        try (BrowserContext context = browser().newContext()) {
            Page page = loggedIn(context, "analyst-cg");
            page.navigate(base() + "/complainants/NO-SUCH-ID");
            page.getByText("信访人档案不存在。").waitFor();
            page.navigate(base() + "/records/NO-SUCH-ID");
            page.getByText("记录不存在。").waitFor();
            page.navigate(base() + "/complainants/ID-MIX");
            page.locator("#complainant-matters .matter-record").first().waitFor();
            assertThat(page.title()).startsWith("王某某 · 信访人档案 · ");
        }
    }

    @Test
    void theRecordPageLinksToTheProfile() {
        try (BrowserContext context = browser().newContext()) {
            Page page = loggedIn(context, "analyst-cg");
            page.navigate(base() + "/records/P-MIX-CG2");
            page.locator("#record-contacts .complainant-profile").first().click();
            page.waitForURL(url -> url.contains("/complainants/ID-MIX"));
            page.locator("#complainant-matters .matter-record").first().waitFor();
        }
    }

    // ---- fixtures

    private Browser browser() {
        if (browser == null) {
            browser = Browser.launch();
        }
        return browser;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Page loggedIn(BrowserContext context, String user) {
        return Browser.loggedIn(context, base(), user);
    }

    private ObjectNode entry(String user, AuditAction action, String target, String outcome) throws IOException {
        List<ObjectNode> found = Indices.audit(client, names, user, action).stream()
                .filter(e -> e.path("target").asText().equals(target) && e.path("outcome").asText().equals(outcome))
                .toList();
        assertThat(found).as(user + " " + action + " " + target + " " + outcome).isNotEmpty();
        return found.get(0);
    }

    private static List<String> ids(JsonNode profile) {
        List<String> ids = new ArrayList<>();
        profile.path("matters").forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private static Instant days(int ago) {
        return NOW.minus(ago, ChronoUnit.DAYS);
    }

    private static Map<String, Object> petition(String id, Instant at, String district, String township, String title,
                                                String status, List<Map<String, String>> complainants, String identity) {
        Map<String, Object> r = Records.petition(id, at, district, township, title, title + "。", complainants);
        r.put(Fields.Petition.STATUS, status);
        r.put(Fields.IDENTITY_IDS, List.of(identity));
        return r;
    }

    private static Map<String, Object> key(String type, String key) {
        return Map.of("type", type, "key", key, "strength", "STRONG");
    }

    /** As ingest's {@code complainant.Matter} is written: deadlines 7 days and 3 months after receipt. */
    private static Map<String, Object> matter(String id, String channel, Instant received, String status, boolean open,
                                              String district, String township, String escalation, List<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("channel", channel);
        m.put("receivedAt", received.toString());
        m.put("updatedAt", received.toString());
        m.put("status", status);
        m.put("open", open);
        m.put("proceduralReplyDueAt", received.plus(7, ChronoUnit.DAYS).toString());
        m.put("substantiveReplyDueAt", received.plus(90, ChronoUnit.DAYS).toString());
        m.put("district", district);
        m.put("township", township);
        if (escalation != null) {
            m.put("escalationLevel", escalation);
        }
        m.put("keys", keys);
        return m;
    }

    /** An identity document; its stored totals are deliberately wrong, as the profile must not use them. */
    private void identity(String id, List<String> names, List<Map<String, Object>> keys, List<String> merged,
                          List<Map<String, Object>> matters) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(Fields.Complainant.IDENTITY_ID, id);
        doc.put(Fields.Complainant.NAMES, names);
        doc.put(Fields.Complainant.KEYS, keys);
        doc.put(Fields.Complainant.MERGED_IDS, merged);
        doc.put(Fields.Complainant.MATTERS, matters);
        doc.put(Fields.Complainant.RECORD_IDS, matters.stream().map(m -> m.get("id")).toList());
        doc.put(Fields.Complainant.CONTACT_COUNT, 99);
        doc.put(Fields.Complainant.OPEN_MATTERS, 99);
        doc.put(Fields.Complainant.OVERDUE_MATTERS, 99);
        doc.put(Fields.Complainant.DISTRICTS, matters.stream().map(m -> m.get("district")).distinct().toList());
        client.index(i -> i.index(this.names.alias(SystemIndex.COMPLAINANTS)).id(id).refresh(Refresh.True).document(doc));
    }
}
