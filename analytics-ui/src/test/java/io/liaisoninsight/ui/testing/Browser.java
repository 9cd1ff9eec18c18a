package io.liaisoninsight.ui.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Playwright driving the machine's Chromium (Debian's {@code chromium}), never a downloaded browser:
 * {@code LIAISON_CHROMIUM} names another executable. When Chromium is missing it is installed with
 * apt-get if this runs as root; otherwise the test fails and says what to install. Never skipped.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        Path chromium = chromium();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setArgs(ARGS).setHeadless(true)));
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("cannot start Chromium at " + chromium + ": " + e.getMessage(), e);
        }
    }

    /** A fresh context (own cookies) with downloads enabled and Chinese as the preferred language. */
    public com.microsoft.playwright.BrowserContext newContext() {
        return browser.newContext(new NewContextOptions().setAcceptDownloads(true).setLocale("zh-CN")
                .setViewportSize(1400, 1000));
    }

    /** A new page in {@code context}, signed in as a demo user on the app at {@code base} (e.g. http://localhost:8080). */
    public static com.microsoft.playwright.Page loggedIn(com.microsoft.playwright.BrowserContext context, String base,
                                                         String user) {
        com.microsoft.playwright.Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(ItEngines.DEMO_PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    private static Path chromium() {
        String configured = System.getenv("LIAISON_CHROMIUM");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (Files.isExecutable(path)) {
            return path;
        }
        if (configured == null && "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            install();
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new IllegalStateException("browser tests need Chromium at " + path + ": install it (apt-get install -y "
                + "chromium) or set LIAISON_CHROMIUM to a Chromium executable");
    }

    private static void install() {
        try {
            Process apt = new ProcessBuilder("apt-get", "install", "-y", "chromium").inheritIO()
                    .redirectErrorStream(true).start();
            if (!apt.waitFor(10, TimeUnit.MINUTES) || apt.exitValue() != 0) {
                apt.destroyForcibly();
                throw new IllegalStateException("apt-get install -y chromium failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run apt-get to install Chromium", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
