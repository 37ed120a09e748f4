package org.amilab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium against the application on a random port. One browser for the whole test JVM
 * (starting Chromium is the slow part); a fresh context, so fresh cookies, for every test.
 */
@AmiLabSpringTest
public abstract class BrowserTest {

    static {
        // a 2-core machine running the server and Chromium side by side is slower than a laptop
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static Browser browser;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BrowserTest.class);
    /** Uncaught JavaScript errors of any page a test opened: a view whose scripts never arrived shows up here. */
    private static final List<String> PAGE_ERRORS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** The other browsers a test opened: closed with it, so that their pages stop refreshing and loading the server. */
    private final List<BrowserContext> otherBrowsers = new java.util.ArrayList<>();

    @BeforeEach
    void openPage() {
        PAGE_ERRORS.clear();
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        otherBrowsers.forEach(BrowserContext::close);
        otherBrowsers.clear();
        context.close();
        org.assertj.core.api.Assertions.assertThat(List.copyOf(PAGE_ERRORS)).as("uncaught errors in the browser").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A username no other test uses, as all tests share one database. */
    protected static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + NAMES.incrementAndGet();
    }

    protected Page newPageInOwnSession() {
        BrowserContext other = newContext();
        otherBrowsers.add(other);
        return other.newPage();
    }

    /** A browser of its own, as if on another machine: own cookies and own client address. */
    protected static BrowserContext newContext() {
        var created = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", nextClientAddress())));
        created.setDefaultTimeout(20_000);
        created.onPage(opened -> opened.onPageError(error -> PAGE_ERRORS.add(opened.url() + ": " + error)));
        return created;
    }

    private static String nextClientAddress() {
        int n = ADDRESSES.incrementAndGet();
        // 198.18.0.0/15 is set aside for tests and benchmarks
        return "198.18." + (n / 250) % 250 + "." + (n % 250 + 1);
    }

    public static void signUp(Page page, String base, String username, String displayName, String password) {
        page.navigate(base + "signup");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill(displayName);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Repeat the password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("#login-notice")).containsText("Your account is ready");
    }

    /** Signs up a learner no other test uses and signs in as them; returns the username. */
    protected String signInAsNewLearner(Page target, String prefix, String displayName, String password) {
        String username = uniqueName(prefix);
        signUp(target, url(""), username, displayName, password);
        signIn(target, url(""), username, password);
        return username;
    }

    /**
     * Signs in through the login form. Under load the browser sometimes lands on a signed-out page
     * although the server logged the sign-in as succeeded (see the closing notes of session 23): the
     * exchanges are printed and the sign-in is tried once more, so that the tests go on to what they
     * check; a second failure fails the test with the exchanges of both tries.
     */
    public static void signIn(Page page, String base, String username, String password) {
        List<String> first = signInRecorded(page, base, username, password);
        if (first.isEmpty()) {
            return;
        }
        log.warn("sign-in of {} landed signed out; trying once more. Exchanges:\n{}", username, String.join("\n", first));
        List<String> second = signInRecorded(page, base, username, password);
        if (!second.isEmpty()) {
            throw new AssertionError("Signed in as " + username + " twice but no user menu at " + page.url()
                    + "; the page shows: " + page.locator("body").innerText() + "\nExchanges:\n"
                    + String.join("\n", first) + "\n--- again:\n" + String.join("\n", second));
        }
    }

    /** Empty when the signed-in page shows; otherwise what the browser sent and got meanwhile. */
    private static List<String> signInRecorded(Page page, String base, String username, String password) {
        List<String> exchanges = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.function.Consumer<com.microsoft.playwright.Response> record = response -> exchanges.add(
                response.request().method() + " " + response.url().replace(base, "/") + " -> " + response.status());
        page.onResponse(record);
        try {
            page.navigate(base + "login");
            page.locator("vaadin-login-form input[name='username']").fill(username);
            page.locator("vaadin-login-form input[name='password']").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
            assertThat(page.locator("#user-menu")).isVisible();
            return List.of();
        } catch (AssertionError signedInPageNotShown) {
            exchanges.add("shown at " + page.url() + ": " + page.locator("body").innerText().lines().limit(3).toList());
            return List.copyOf(exchanges);
        } finally {
            page.offResponse(record);
        }
    }

    protected static void signOut(Page page) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
                new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator("a.sign-in-link")).isVisible();
        assertThat(page.locator("#user-menu")).hasCount(0);
    }

    /** Axe-core rules broken with serious or critical impact on the current page. */
    protected static List<String> seriousAccessibilityViolations(Page page) {
        List<String> found = analyseWhenSettled(page);
        // A notification may begin its fade while axe reads the page (its timer runs out mid-analysis),
        // and half-faded colours read as too faint: a real fault is still there once the page is still.
        return found.isEmpty() ? found : analyseWhenSettled(page);
    }

    private static List<String> analyseWhenSettled(Page page) {
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card[opening],"
                + " vaadin-notification-card[closing], vaadin-dialog-overlay[opening], vaadin-dialog-overlay[closing]')"
                + " && document.getAnimations().every(a =>"
                + " a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** The test JVM's one headless Chromium, for tests that drive a server of their own. */
    public static synchronized Browser browser() {
        if (browser == null) {
            boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
            // Without internet Playwright cannot fetch its own browser: use Debian's Chromium when present.
            Playwright playwright = systemChromium
                    ? Playwright.create(new Playwright.CreateOptions()
                            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                    : Playwright.create();
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"));
            if (systemChromium) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
