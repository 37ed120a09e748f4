package org.amilab.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP request being served, as Spring's request filter holds it for every request Vaadin
 * handles too. The service asks for it itself, so a caller cannot pass another address or session.
 */
final class ClientRequest {

    private ClientRequest() {
    }

    /**
     * The client's address as Tomcat sees it (behind a proxy: see server.forward-headers-strategy in
     * README); empty when no request is being served, i.e. the server itself is the caller.
     */
    static Optional<String> address() {
        return current().map(HttpServletRequest::getRemoteAddr);
    }

    static Optional<HttpSession> session() {
        return current().map(request -> request.getSession(false));
    }

    private static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
