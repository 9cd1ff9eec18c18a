package io.liaisoninsight.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page's server round trip, in the machine's Chromium driven by Playwright (as analytics-ui's browser
 * tests): signed in as the demo's whole-city {@code leader}, the page shows the query's other parameters (a page
 * load, untimed, only when they change), the query is typed into the search box and Enter pressed. Timed: the
 * Vaadin UIDL XHR that ran the search — request start to response end as the browser saw it — which covers the
 * server's whole work for that interaction (navigation, the search service call, facets, the grid's first rows,
 * the UI changes) and the local network. When the interaction sent several UIDL requests, the longest is the
 * search's. Deep pages are not run here: the page reaches them by scrolling, one page after another.
 */
final class PagePath implements AutoCloseable {

    private static final String PASSWORD = "liaison-demo"; // the demo profile's users (application-demo.yml)
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    private final Page page;
    private final String base;
    private final List<Request> uidl = new ArrayList<>();
    private String shownParameters;

    PagePath(int port) {
        String configured = System.getenv("LIAISON_CHROMIUM");
        Path chromium = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("the page path needs Chromium at " + chromium
                    + " (apt-get install chromium, or LIAISON_CHROMIUM); --no-page skips it");
        }
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setArgs(ARGS).setHeadless(true));
        this.context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1400, 1000));
        this.page = context.newPage();
        this.base = "http://localhost:" + port;
        page.setDefaultTimeout(120_000);
        page.onRequestFinished(r -> {
            if (r.url().contains("v-r=uidl")) {
                uidl.add(r);
            }
        });
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("leader");
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * One timed search; returns the UIDL round trip in milliseconds. The server's Elasticsearch searches during
     * the timed interaction are recorded into {@code searches}.
     */
    double search(QueryMix.Query query, RequestRecorder recorder, List<RequestRecorder.Recorded> searches)
            throws Exception {
        String parameters = query.pageParameters();
        if (!parameters.equals(shownParameters)) {
            page.navigate(base + "/search" + (parameters.isEmpty() ? "" : "?" + parameters));
            page.locator("#total").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            waitUntilSettled();
            shownParameters = parameters;
        }
        Locator input = page.locator("#search-query input");
        input.fill(query.text());
        waitUntilSettled();
        uidl.clear();
        searches.addAll(recorder.record(() -> {
            page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> input.press("Enter"));
            waitUntilSettled();
            page.waitForTimeout(1); // lets Playwright deliver the requestfinished events
        }));
        double longest = -1;
        for (Request request : uidl) {
            double end = request.timing().responseEnd;
            longest = Math.max(longest, end);
        }
        if (longest < 0) {
            throw new IllegalStateException("no UIDL round trip recorded for " + query.name());
        }
        return longest;
    }

    /** The result count the page shows, for a check against the service. */
    String total() {
        return page.locator("#total").textContent();
    }

    private void waitUntilSettled() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    @Override
    public void close() {
        context.close();
        browser.close();
        playwright.close();
    }
}
