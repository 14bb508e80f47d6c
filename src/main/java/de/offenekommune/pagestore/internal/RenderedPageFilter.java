package de.offenekommune.pagestore.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.offenekommune.platform.DatabaseFailures;
import de.offenekommune.platform.database.DatabaseReachability;
import de.offenekommune.platform.web.FreshValue;
import de.offenekommune.platform.web.KeptResponse;
import de.offenekommune.platform.web.PublicCaching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers repeated public GET requests from {@link RenderedPages} without running the controller;
 * keeps what controllers marked as keepable ({@link PublicCaching#keepRendered}); forgets everything after a request
 * that may have changed something. Runs after Spring Security, so security headers, the visitor's CSRF
 * cookie and the authentication are in place. Most repeated visits never get here: {@link KeptPageShortcut}
 * answers them before the filter chain, with the headers this chain added to the page the last time.
 *
 * <p>Only visitors without a session and without credentials get stored pages: never signed-in users,
 * never flash messages (they live in the session), never previews. Pages with forms are kept with
 * placeholders where the CSRF token and {@link FreshValue}s go; every response gets its own. While the
 * database is unreachable, kept pages are served however old they are, instead of a 503.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class RenderedPageFilter extends OncePerRequestFilter {

    /** How long a request waits for the same page being rendered by another before rendering it itself. */
    static final Duration RENDERING_WAIT = Duration.ofSeconds(5);

    /** The request attribute that names the kept page a response sent, for {@link KeptPageShortcut}. */
    static final String SENT = RenderedPageFilter.class.getName() + ".SENT";

    private final RenderedPages pages;
    private final PublicCaching caching;
    private final KeptPageAnswers answers;
    private final DatabaseReachability database;
    // Random per process: no page content can contain it by accident or on purpose.
    private final String placeholder = "okcsrf" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    public RenderedPageFilter(RenderedPages pages, PublicCaching caching, KeptPageAnswers answers,
            DatabaseReachability database) {
        this.pages = pages;
        this.caching = caching;
        this.answers = answers;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            // Writes outside Spring's transactions (auto-commit) have no commit to hear of: forget
            // everything once the request that made them is done, before its answer goes out.
            try {
                chain.doFilter(request, response);
            } finally {
                pages.clear();
            }
            return;
        }
        if (!"GET".equals(method) || request.getRequestedSessionId() != null || !caching.isShareable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = answers.key(request);
        RenderedPage stale = database.isUnreachable() ? pages.findStale(key) : null;
        if (stale != null) {
            sendKept(stale, request, response);
            return;
        }
        // The first request for a page that is not kept renders it; the same page's requests that come
        // meanwhile wait for it, instead of all rendering it at once (after a change, or when a minute ends).
        try (RenderedPages.Visit visit = pages.visit(key)) {
            RenderedPage page = visit.kept(RENDERING_WAIT);
            if (page == null && database.isUnreachable()) {
                page = visit.stale();
            }
            if (page != null) {
                sendKept(page, request, response);
                return;
            }
            try {
                render(request, response, chain, visit);
            } catch (IOException | ServletException | RuntimeException e) {
                // The database went away while rendering: what was kept before is still true.
                RenderedPage kept = DatabaseFailures.isTemporary(e) && !response.isCommitted() ? visit.stale() : null;
                if (kept == null) {
                    throw e;
                }
                response.reset();
                sendKept(kept, request, response);
            }
        }
    }

    private void sendKept(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(SENT, page);
        answers.sendKept(page, request, response);
    }

    /** Hands the page to those waiting for it as soon as it is kept, then sends it. */
    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            RenderedPages.Visit visit) throws ServletException, IOException {
        CapturedResponse capture = new CapturedResponse(request, response, placeholder, caching);
        request.setAttribute(KeptResponse.ATTRIBUTE, capture);
        try {
            chain.doFilter(request, capture);
        } finally {
            capture.close();
            request.removeAttribute(KeptResponse.ATTRIBUTE);
        }
        if (!capture.isBuffered() || capture.isAnswered()) {
            return;
        }
        String etag = capture.getHeader(HttpHeaders.ETAG);
        RenderedPage rendered = RenderedPage.of(capture.headers(), capture.body(), placeholder, etag);
        boolean keep = capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookie()
                && caching.isShareable(request);
        if (keep) {
            visit.keep(rendered);
            request.setAttribute(SENT, rendered);
        }
        answers.send(rendered, request, response, keep);
    }
}
