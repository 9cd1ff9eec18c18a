package io.liaisoninsight.ui.search;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.ui.testing.EngineBackedIT;
import io.liaisoninsight.ui.testing.Browser;
import io.liaisoninsight.ui.testing.Indices;
import io.liaisoninsight.ui.testing.ItEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.liaisoninsight.ui.search.SearchFixtures.media;
import static io.liaisoninsight.ui.search.SearchFixtures.petition;
import static io.liaisoninsight.ui.search.SearchFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's journey in a real browser (Playwright + the machine's Chromium): log in, type Chinese
 * (no search while an IME composes), read the "understood as" line, choose a facet, expand
 * near-duplicates, export CSV, open a record; hostile input never breaks the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "liaison.search.alerts.enabled=false")
@ActiveProfiles("demo")
class SearchE2EIT extends EngineBackedIT {

    private static final Instant AT = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        Indices.index(client, names, List.of(
                with(with(petition("E2E-1", AT, "城关区", "皋兰路街道", "房屋拆迁补偿不到位",
                        "信访人禹晓琳反映房屋拆迁补偿款至今未发放，联系电话13812341234。"), Fields.DUPLICATE_GROUP, "E2E-G"),
                        Fields.ENTITIES_PEOPLE, List.of("禹晓琳")),
                with(with(petition("E2E-2", AT.minusSeconds(60), "城关区", "皋兰路街道", "房屋拆迁补偿不到位",
                        "禹晓琳再次反映房屋拆迁补偿款未发放。"), Fields.DUPLICATE_GROUP, "E2E-G"),
                        Fields.ENTITIES_PEOPLE, List.of("禹晓琳")),
                with(petition("E2E-3", AT.minusSeconds(120), "城关区", "皋兰路街道", "拆迁补偿款未发放",
                        "房屋拆迁补偿款未发放。"), Fields.DUPLICATE_GROUP, "E2E-G"),
                media("E2E-4", AT, "城关区", "小区拆迁工作推进缓慢", "居民表示小区拆迁工作推进缓慢。"),
                petition("E2E-XG", AT, "西固区", "陈坪街道", "西固区拆迁补偿", "西固区拆迁补偿问题。")));
        browser = Browser.launch();
    }

    @AfterAll
    void stop(Engines engines) throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void analystJourney() throws IOException {
        try (BrowserContext context = browser.newContext()) {
            SearchPage search = new SearchPage(context.newPage(), port).login("analyst-cg", ItEngines.DEMO_PASSWORD);
            Page page = search.open("/search").page();
            assertThat(search.total()).contains("4");

            // An IME confirms a candidate with Enter while composing: that must not search.
            Object fired = page.evaluate("() => {"
                    + " const input = document.querySelector('#search-query input');"
                    + " input.focus();"
                    + " input.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));"
                    + " input.value = 'chai';"
                    + " input.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: 'chai'}));"
                    + " input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true,"
                    + "   isComposing: true}));"
                    + " const legacy = new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true});"
                    + " Object.defineProperty(legacy, 'keyCode', {get: () => 229});"
                    + " input.dispatchEvent(legacy);"
                    + " input.value = '拆迁';"
                    + " input.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '拆迁'}));"
                    + " return Object.values(window.Vaadin.Flow.clients).some(c => c.isActive());"
                    + "}");
            assertThat(fired).as("a server round trip started during composition").isEqualTo(false);
            search.waitUntilSettled();
            assertThat(page.url()).doesNotContain("q=");

            // Committed text (as an IME inserts it) and a real Enter search.
            search.queryInput().fill("");
            page.keyboard().insertText("拆迁");
            search.waitUntilSettled();
            assertThat(page.url()).doesNotContain("q=");
            search.queryInput().press("Enter");
            page.waitForURL(url -> url.contains("q="));
            search.waitUntilSettled();
            assertThat(search.understood()).contains("拆迁", "征收");
            assertThat(search.result("E2E-4").count()).isEqualTo(1);
            assertThat(search.result("E2E-XG").count()).as("outside the analyst's district").isZero();
            assertThat(List.of("E2E-1", "E2E-2", "E2E-3").stream().mapToInt(id -> search.result(id).count()).sum())
                    .as("near-duplicates folded into one row").isEqualTo(1);

            // A facet narrows the results, shows as a removable chip and goes into the URL.
            search.chooseFacet("source", "PETITION");
            assertThat(page.url()).contains("source=PETITION");
            assertThat(search.chips().count()).isEqualTo(1);
            assertThat(search.result("E2E-4").count()).isZero();
            String bookmark = page.url();

            // People, places and organisations are counted when their panel is opened.
            page.locator("#facet-person").click();
            Locator person = page.locator("#facet-person vaadin-checkbox[data-value='禹晓琳']");
            person.waitFor();
            assertThat(person.innerText()).contains("禹晓琳").contains("2");

            // Expand the near-duplicates of the folded group.
            page.locator("#results .duplicates-toggle").first().click();
            page.locator("#results .duplicate-row").first().waitFor();
            assertThat(page.locator("#results .duplicate-row").count()).isEqualTo(2);
            // For people reviewing a run (and a failure): what the analyst saw.
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/search.png")).setFullPage(true));

            // Export the whole result: every record (duplicates too), nothing outside the choice or scope.
            Download download = search.exportCsv();
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF").contains("E2E-1", "E2E-2", "E2E-3", "138****1234")
                    .doesNotContain("E2E-4", "E2E-XG", "13812341234");

            // Open a record: the detail page with its timeline and duplicate group.
            page.locator("#results .result-title").first().click();
            page.waitForURL(url -> url.contains("/records/"));
            search.waitUntilSettled();
            page.locator("#record-timeline").waitFor();
            assertThat(page.locator("#record-duplicates .related-record").count()).isEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e/record.png")).setFullPage(true));

            // The bookmarked search comes back as it was.
            search.open(bookmark.substring(bookmark.indexOf("/search")));
            assertThat(search.chips().count()).isEqualTo(1);
            assertThat(search.queryInput().inputValue()).isEqualTo("拆迁");
        }
    }

    @Test
    void hostileInputNeverBreaksThePage() {
        try (BrowserContext context = browser.newContext()) {
            SearchPage search = new SearchPage(context.newPage(), port).login("analyst-cg", ItEngines.DEMO_PASSWORD);
            search.open("/search");
            for (String text : List.of("{\"match_all\":{}}", "*:*", "title:* OR 1=1", "\"拆迁", "(((拆迁", "😀拆迁😡",
                    "拆迁\u0007\u001b[31m", "<img src=x onerror=alert(1)>")) {
                search.search(text);
                assertThat(search.understood()).as(text).isNotBlank();
                assertPageHealthy(search.page());
            }
            search.queryInput().fill("拆".repeat(10_000));
            search.queryInput().press("Enter");
            search.page().waitForURL(url -> url.contains("q="));
            search.waitUntilSettled();
            assertThat(search.understood()).contains("256");
            assertPageHealthy(search.page());
        }
    }

    private static void assertPageHealthy(Page page) {
        String body = page.locator("body").innerText();
        assertThat(body).doesNotContain("Internal error", "Exception", "!search.");
        assertThat(page.locator("#results").count()).isEqualTo(1);
    }
}
