package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amilab.AmiLabSpringTest;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** What a client without a browser sees: headers, cookies, redirects, cross-site sign-in, a flood of visits. */
@AmiLabSpringTest
class HttpHardeningTest {

    private static final Logger LOG = LoggerFactory.getLogger(HttpHardeningTest.class);

    private static final String PASSWORD = "saffron tide pool evening";

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    ActiveSessions sessions;
    @Autowired
    SessionProperties properties;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageIsSentWithTheSecurityHeaders() throws Exception {
        var response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void noRedirectCarriesTheSessionIdInItsAddress() throws Exception {
        for (String path : List.of("/VAADIN", "/VAADIN/", "/playground", "/profile", "/admin")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
        accounts.signUp("http-mallory", "Mallory", PASSWORD);
        var refused = postLogin("http-mallory", PASSWORD, "https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();

        var sameSite = postLogin("http-mallory", PASSWORD, "http://localhost:" + port);
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void aSignInWithoutOriginButFromAnotherSiteByFetchMetadataIsRefused() throws Exception {
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form("http-nobody", "whatever it is"))).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void aSignInPostedFromAnotherSiteToAnEncodedLoginPathIsRefusedToo() throws Exception {
        accounts.signUp("http-trudy", "Trudy", PASSWORD);
        for (String path : List.of("/%6Cogin", "/%6c%6f%67%69%6e", "/login/")) {
            var request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                    .POST(HttpRequest.BodyPublishers.ofString(form("http-trudy", PASSWORD))).build();
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void aPushConnectionWithAnEncodedParameterFromAnotherSiteIsRefused() throws Exception {
        var request = HttpRequest.newBuilder(uri("/VAADIN/push?v-r=%70ush&v-uiId=0&v-pushId=whatever"))
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site").GET().build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void aPushConnectionOpenedFromAnotherSiteIsRefused() throws Exception {
        var request = HttpRequest.newBuilder(uri("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=whatever"))
                .header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site").GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("sent from another site");
    }

    /** Each visit without a cookie makes a session; their number stays under the limit, and so does the heap. */
    @Test
    void tenThousandAnonymousVisitsLeaveTheSessionsAndTheHeapBounded() throws Exception {
        long heapBefore = usedHeapAfterGc();
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> visits = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                visits.add(visitors.submit(() -> get("/login").statusCode()));
            }
            for (var visit : visits) {
                assertThat(visit.get()).isEqualTo(200);
            }
        } finally {
            visitors.shutdown();
        }
        long heapAfter = usedHeapAfterGc();
        int live = tomcatSessions().getActiveSessions();
        LOG.info("10,000 anonymous visits: {} sessions live ({} visitors'), heap {} MB before, {} MB after",
                live, sessions.visitorSessions(), heapBefore >> 20, heapAfter >> 20);
        assertThat(sessions.visitorSessions()).isLessThanOrEqualTo(properties.anonymousLimit());
        // besides the visitors, only the signed-in sessions of other tests in this JVM
        assertThat(live).isLessThan(properties.anonymousLimit() + 500);
        // 140 KB for the largest visitor's session seen, for every session the limit keeps
        assertThat(heapAfter - heapBefore).isLessThan(properties.anonymousLimit() * 140L * 1024);
        endTheVisitorsSessions();
    }

    /** The browser tests that follow in this JVM should meet a server with ordinary traffic, not a full registry. */
    private void endTheVisitorsSessions() {
        for (var session : tomcatSessions().findSessions()) {
            if (ActiveSessions.signedInUsername(session.getSession()).isEmpty()) {
                session.expire();
            }
        }
    }

    private Manager tomcatSessions() {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password, String origin) throws Exception {
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form(username, password))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
