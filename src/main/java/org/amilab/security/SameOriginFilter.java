package org.amilab.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses any request that changes something and was sent from another site, and a push connection
 * opened from another site. The sign-in form is the reason (login CSRF: a page elsewhere could
 * otherwise sign the visitor's browser into the attacker's account, and what they then do lands
 * there): Vaadin's login form posts a plain HTML form without a CSRF token, and the push handshake
 * carries none either. Every unsafe method is checked, not only paths that look like /login, since
 * the login filter also answers an encoded path such as /%6Cogin; nothing legitimate reaches AMI Lab
 * from another site.
 */
class SameOriginFilter extends OncePerRequestFilter {

    private static final Logger audit = LoggerFactory.getLogger("org.amilab.security.SignIn");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) && !push(request);
    }

    /** A GET has no body to consume, so its decoded parameter is read as Vaadin reads it. */
    private static boolean push(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "push".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            String what = push(request) ? "push connection" : request.getMethod() + " " + loggable(request.getRequestURI());
            audit.warn("{} refused: sent from another site (Origin {}, Sec-Fetch-Site {}), from {}", what,
                    loggable(request.getHeader("Origin")), loggable(request.getHeader("Sec-Fetch-Site")),
                    request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: it was sent from another site. Open AMI Lab's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The browser's own word, Sec-Fetch-Site, is trusted first: it knows the page's scheme even when
     * a proxy in front of AMI Lab ends TLS. Browsers without it are judged by Origin.
     */
    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !"same-origin".equals(site) && !"none".equals(site);
        }
        String origin = request.getHeader("Origin");
        return origin != null && !ownOrigins(request).contains(origin.toLowerCase(Locale.ROOT));
    }

    /**
     * As the browser writes an origin: the port only when it is not the scheme's default. Besides
     * the origin Tomcat sees, the Host the browser asked for, over either scheme, as a proxy that
     * ends TLS passes the Host on but Tomcat still sees plain HTTP.
     */
    static Set<String> ownOrigins(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        Set<String> origins = new HashSet<>();
        origins.add(scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        String host = request.getHeader("Host");
        if (host != null && !host.isBlank()) {
            origins.add("https://" + host.strip().toLowerCase(Locale.ROOT));
            origins.add("http://" + host.strip().toLowerCase(Locale.ROOT));
        }
        return origins;
    }

    private static String loggable(String header) {
        if (header == null) {
            return "none";
        }
        String clean = header.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
