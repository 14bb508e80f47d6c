package de.offenekommune.platform.security;

import java.io.IOException;
import java.net.URI;

import org.springframework.security.web.RedirectStrategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects within this site by path and query only. Spring Security remembers the page asked for before
 * the login as an absolute URL built from the request's {@code Host} header, which a client chooses freely;
 * only its path is kept, so a forged host can never become the target of a redirect. The servlet container
 * sends such paths as relative {@code Location} headers ({@code server.tomcat.use-relative-redirects}).
 */
final class PathOnlyRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
    }

    static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
