package org.amilab.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which sign-in posts count as sent from another site, also behind a proxy that ends TLS. */
class SameOriginFilterTest {

    @Test
    void behindAProxyThatEndsTlsTheBrowsersHttpsOriginIsItsOwn() {
        // Tomcat sees http on port 8080; the browser was on https://amilab.example
        var request = post("http", "10.0.0.5", 8080);
        request.addHeader("Host", "amilab.example");
        request.addHeader("Origin", "https://amilab.example");

        assertThat(SameOriginFilter.fromAnotherSite(request)).isFalse();
    }

    @Test
    void anOriginOfAnotherHostIsRefusedWhateverTheScheme() {
        var request = post("http", "10.0.0.5", 8080);
        request.addHeader("Host", "amilab.example");
        request.addHeader("Origin", "https://amilab.example.attacker.test");

        assertThat(SameOriginFilter.fromAnotherSite(request)).isTrue();
    }

    @Test
    void theBrowsersSecFetchSiteDecidesWhenItIsSent() {
        for (String site : new String[] {"cross-site", "same-site"}) {
            var request = post("https", "amilab.example", 443);
            request.addHeader("Sec-Fetch-Site", site);
            assertThat(SameOriginFilter.fromAnotherSite(request)).as(site).isTrue();
        }
        for (String site : new String[] {"same-origin", "none"}) {
            var request = post("http", "10.0.0.5", 8080);
            request.addHeader("Sec-Fetch-Site", site);
            request.addHeader("Origin", "https://amilab.example");
            assertThat(SameOriginFilter.fromAnotherSite(request)).as(site).isFalse();
        }
    }

    @Test
    void aPostWithNeitherHeaderIsLetThroughForClientsThatAreNoBrowser() {
        assertThat(SameOriginFilter.fromAnotherSite(post("http", "localhost", 8080))).isFalse();
    }

    private static MockHttpServletRequest post(String scheme, String serverName, int port) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setScheme(scheme);
        request.setServerName(serverName);
        request.setServerPort(port);
        return request;
    }
}
