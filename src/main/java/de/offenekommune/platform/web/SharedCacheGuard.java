package de.offenekommune.platform.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The last word on shared caching: a response that sets a cookie (a new CSRF token for a form, a
 * language choice, a session) is personal, so whatever marked it {@code public} is overruled with
 * {@code private, no-store}. Pages render into a buffer before anything is sent (see {@code JteView}),
 * so the headers can still change when a template asks for a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SharedCacheGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new CookieAware(response));
    }

    private static final class CookieAware extends HttpServletResponseWrapper {

        private boolean personal;

        CookieAware(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            markPersonal();
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                markPersonal();
            } else if (personal && isPublicCaching(name, value)) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                return;
            }
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                markPersonal();
            } else if (personal && isPublicCaching(name, value)) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                return;
            }
            super.setHeader(name, value);
        }

        private void markPersonal() {
            personal = true;
            if (isPublicCaching(HttpHeaders.CACHE_CONTROL, getHeader(HttpHeaders.CACHE_CONTROL))) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
        }

        private static boolean isPublicCaching(String name, String value) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && value != null
                    && value.toLowerCase(Locale.ROOT).contains("public");
        }
    }
}
