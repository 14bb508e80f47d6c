package de.offenekommune.pagestore.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import de.offenekommune.platform.database.DatabaseReachability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers an anonymous visitor's request for a fresh kept page before the filters that such an answer does
 * not need: sessions, Spring Security, the application. Everything else, and every page that is not kept
 * and fresh, goes down the chain to {@link RenderedPageFilter} as before.
 *
 * <p>What the skipped filters would have added is known from the page's last trip down the chain: the
 * headers added there (the security headers) are noted on the page, for plain and for secure requests,
 * and a page is answered here only once they are. The visitor's CSRF token, where their browser needs one,
 * comes from the same repository that Spring Security checks it with
 * ({@link de.offenekommune.platform.web.VisitorCsrfTokens}); a visitor without one gets it and its cookie
 * here. Nothing is decided differently than down the chain: a page is only kept from a response to an
 * anonymous request without a session, and only such requests are answered here; a request with a session
 * cookie or credentials, or a cross-origin request, always takes the whole chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class KeptPageShortcut extends OncePerRequestFilter {

    /** Headers that each response sets itself, whatever the chain did. */
    private static final Set<String> PER_RESPONSE = Set.of("set-cookie", "content-length", "content-encoding",
            "transfer-encoding", "cache-control", "pragma", "expires", "date", "x-request-id");

    private final RenderedPages pages;
    private final KeptPageAnswers answers;
    private final DatabaseReachability database;
    private final String sessionCookie;

    KeptPageShortcut(RenderedPages pages, KeptPageAnswers answers,
            DatabaseReachability database,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.pages = pages;
        this.answers = answers;
        this.database = database;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAnonymousRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        RenderedPage page = database.isUnreachable() ? null : pages.findFresh(answers.key(request));
        List<RenderedPage.Header> chainHeaders = page == null ? null : page.chainHeaders(request.isSecure());
        if (chainHeaders != null) {
            for (RenderedPage.Header header : chainHeaders) {
                response.addHeader(header.name(), header.value());
            }
            answers.sendKept(page, request, response);
            pages.answeredEarly();
            return;
        }
        HeaderNotes notes = new HeaderNotes(response);
        chain.doFilter(request, notes);
        if (request.getAttribute(RenderedPageFilter.SENT) instanceof RenderedPage sent
                && notes.getStatus() == HttpServletResponse.SC_OK) {
            sent.chainHeaders(request.isSecure(), notes.addedAround(sent));
        }
    }

    /** A GET without credentials and without a session: what the store answers. */
    private boolean isAnonymousRead(HttpServletRequest request) {
        // No authentication nor session exists this early: credentials and a session cookie are what tell.
        // A cross-origin request (Origin) gets CORS headers of its own down the chain.
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.ORIGIN) != null || request.getRequestedSessionId() != null) {
            return false;
        }
        return WebUtils.getCookie(request, sessionCookie) == null;
    }

    /** Notes every header set on the way down the chain and back. */
    private static final class HeaderNotes extends HttpServletResponseWrapper {

        private final List<RenderedPage.Header> headers = new ArrayList<>();

        HeaderNotes(HttpServletResponse response) {
            super(response);
        }

        /**
         * Those the chain added around the page: what was set, less what each response sets itself, the page's
         * own headers and the {@code Vary} that sending it adds ({@link KeptPageAnswers#send}).
         */
        List<RenderedPage.Header> addedAround(RenderedPage page) {
            List<RenderedPage.Header> around = new ArrayList<>();
            for (RenderedPage.Header header : headers) {
                if (!PER_RESPONSE.contains(header.name().toLowerCase(Locale.ROOT))) {
                    around.add(header);
                }
            }
            for (RenderedPage.Header own : page.headers()) {
                removeFirst(around, own);
            }
            removeFirst(around, KeptPageAnswers.VARY_ENCODING);
            return around;
        }

        private static void removeFirst(List<RenderedPage.Header> headers, RenderedPage.Header header) {
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).name().equalsIgnoreCase(header.name()) && headers.get(i).value().equals(header.value())) {
                    headers.remove(i);
                    return;
                }
            }
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            if (value != null) {
                headers.add(new RenderedPage.Header(name, value));
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (value != null) {
                headers.add(new RenderedPage.Header(name, value));
            }
            super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            super.setDateHeader(name, date);
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            headers.add(new RenderedPage.Header(name, super.getHeader(name)));
        }

        @Override
        public void addDateHeader(String name, long date) {
            super.addDateHeader(name, date);
            List<String> values = new ArrayList<>(super.getHeaders(name));
            headers.add(new RenderedPage.Header(name, values.get(values.size() - 1)));
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, Integer.toString(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, Integer.toString(value));
        }
    }
}
