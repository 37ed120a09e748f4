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
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere could otherwise sign the
 * visitor's browser into the attacker's account, and what they then do lands there), and a push
 * connection opened from another site (the page's live updates would reach that site). Vaadin's
 * login form posts a plain HTML form that carries no CSRF token, and the push handshake carries
 * none either, so the check is what the browser says about where the request came from.
 */
class SameOriginFilter extends OncePerRequestFilter {

    private static final Logger audit = LoggerFactory.getLogger("org.amilab.security.SignIn");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn(request) && !push(request);
    }

    private static boolean signIn(HttpServletRequest request) {
        // Vaadin's servlet is mapped to /*, so the path is in the URI, not the servlet path
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && "/login".equals(path);
    }

    /** Read from the query string only: a long-polling push post has a body that must stay unread. */
    private static boolean push(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && ("&" + query).contains("&v-r=push");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            String what = signIn(request) ? "sign-in" : "push connection";
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
