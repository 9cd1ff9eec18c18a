package io.liaisoninsight.ui.search;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Page object of the login and search pages for browser tests (as flow-crm's LoginViewElement). */
final class SearchPage {

    private final Page page;
    private final String base;

    SearchPage(Page page, int port) {
        this.page = page;
        this.base = "http://localhost:" + port;
    }

    Page page() {
        return page;
    }

    SearchPage login(String user, String password) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return this;
    }

    /** Opens a search page URL and waits for its results. */
    SearchPage open(String pathAndQuery) {
        page.navigate(base + pathAndQuery);
        page.locator("#total").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        waitUntilSettled();
        return this;
    }

    Locator queryInput() {
        return page.locator("#search-query input");
    }

    /** Types like a user (key by key) and presses Enter, then waits for the new results. */
    SearchPage search(String text) {
        queryInput().fill(text);
        queryInput().press("Enter");
        page.waitForURL(url -> url.contains("q="));
        waitUntilSettled();
        return this;
    }

    String understood() {
        return page.locator("#understood").textContent();
    }

    String total() {
        return page.locator("#total").textContent();
    }

    Locator results() {
        return page.locator("#results .result-card");
    }

    Locator result(String id) {
        return page.locator("#results .result-card[data-id='" + id + "']");
    }

    SearchPage chooseFacet(String field, String value) {
        String url = page.url();
        page.locator("vaadin-checkbox[data-facet='" + field + "'][data-value='" + value + "']").click();
        page.waitForURL(u -> !u.equals(url));
        waitUntilSettled();
        return this;
    }

    Locator chips() {
        return page.locator("#active-filters .filter-chip");
    }

    Download exportCsv() {
        return page.waitForDownload(() -> page.locator("#export-csv").click());
    }

    /** No round trip to the server in flight: Vaadin's loading indicator is idle. */
    void waitUntilSettled() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
