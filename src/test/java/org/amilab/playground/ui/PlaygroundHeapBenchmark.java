package org.amilab.playground.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amilab.Application;
import org.amilab.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server heap per learner with the playground open and ten instances. The server runs in a JVM of
 * its own, so that the browser driver's objects in the test JVM do not count; its heap is read with
 * {@code jcmd GC.class_histogram} after a full collection. Prints figures for docs/benchmarks.md.
 */
@Tag("benchmark")
class PlaygroundHeapBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundHeapBenchmark.class);
    private static final String PASSWORD = "heap of sand at noon";
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";
    private static final int WARM_UP_LEARNERS = 6;
    private static final int LEARNERS = 12;
    private static final Duration IDLE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void serverHeapPerOpenPlaygroundWithTenInstances() throws Exception {
        int port = freePort();
        Process server = startServer(port);
        List<BrowserContext> open = new ArrayList<>();
        try {
            String base = "http://localhost:" + port + "/";
            awaitStarted(server, base);
            // The first learners load classes, fill caches and grow the server's thread pools, whose
            // threads keep buffers of their own (e.g. Jackson's for the largest answer each has written):
            // costs of the server, bounded by its threads, and not of each learner, so they are not measured
            for (int n = 1; n <= WARM_UP_LEARNERS; n++) {
                openPlaygroundWithTenInstances(signedInOnHome(base, "warm-up-" + n, open));
            }
            HeapHistogram start = HeapHistogram.of(server.pid());
            LOG.info("Server threads after the warm-up: {}", ThreadCensus.of(server.pid()));
            List<Page> learners = new ArrayList<>();
            for (int n = 1; n <= LEARNERS; n++) {
                learners.add(signedInOnHome(base, "heap-" + n, open));
            }
            HeapHistogram onHome = HeapHistogram.of(server.pid());
            learners.forEach(PlaygroundHeapBenchmark::openPlaygroundWithTenInstances);
            HeapHistogram inPlayground = HeapHistogram.of(server.pid());
            LOG.info("Server threads with {} learners: {}", WARM_UP_LEARNERS + LEARNERS, ThreadCensus.of(server.pid()));
            LOG.info("Largest growth by class from the home page to the playground, per learner:\n{}",
                    inPlayground.growthSince(onHome, LEARNERS, 15));
            LOG.info("Largest growth by class from no learner to the home page, per learner:\n{}",
                    onHome.growthSince(start, LEARNERS, 10));
            LOG.info(String.format(Locale.ROOT, "Server heap per learner, %d learners: signed in with the home page open"
                    + " %,d KB (session, its UI and its connections); the playground with 10 instances in that UI instead"
                    + " adds %,d KB; %,d KB in all (goal: at most 500 KB per open playground); live heap %,d KB",
                    LEARNERS, perLearner(start, onHome), perLearner(onHome, inPlayground),
                    perLearner(start, inPlayground), inPlayground.total() / 1024));
            // an open playground refreshes once a second: its heap should not grow while the learner reads;
            // a measuring window, not a wait for something to happen
            Thread.sleep(IDLE.toMillis());
            HeapHistogram idle = HeapHistogram.of(server.pid());
            LOG.info("After {} s of reading, per learner: {} KB; largest growth by class:\n{}", IDLE.toSeconds(),
                    perLearner(inPlayground, idle), idle.growthSince(inPlayground, LEARNERS, 8));
            LOG.info("Server threads with {} learners: {}", WARM_UP_LEARNERS + LEARNERS, ThreadCensus.of(server.pid()));
        } finally {
            open.forEach(BrowserContext::close);
            server.destroy();
            server.waitFor();
        }
    }

    private static long perLearner(HeapHistogram before, HeapHistogram after) {
        return (after.total() - before.total()) / LEARNERS / 1024;
    }

    private static Page signedInOnHome(String base, String username, List<BrowserContext> open) {
        BrowserContext context = BrowserTest.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        open.add(context);
        Page learner = context.newPage();
        BrowserTest.signUp(learner, base, username, "Learner " + username, PASSWORD);
        BrowserTest.signIn(learner, base, username, PASSWORD);
        return learner;
    }

    /** Through the navigation, so the playground replaces the home page in the same UI. */
    private static void openPlaygroundWithTenInstances(Page learner) {
        learner.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Playground")).click();
        learner.locator("#ami-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(EBS_AMI))
                .click();
        learner.locator("#launch-selected").click();
        learner.getByLabel("Number of instances").fill("10");
        learner.locator("#launch-submit").click();
        assertThat(learner.locator("#instances .state-badge")).hasCount(10);
    }

    private Process startServer(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, Application.class.getName(),
                "--server.port=" + port, "--amilab.data-dir=" + dataDir)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "heap-benchmark-server.log").toFile())
                .start();
    }

    private static void awaitStarted(Process server, String base) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create(base + "login")).build();
        await("the server answering on " + base).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .failFast("the server stopped; see target/heap-benchmark-server.log", () -> !server.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
