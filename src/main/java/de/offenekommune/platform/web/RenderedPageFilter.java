package de.offenekommune.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import de.offenekommune.platform.DatabaseFailures;
import de.offenekommune.platform.database.DatabaseReachability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers repeated public GET requests from {@link RenderedPages} without running the controller;
 * keeps what controllers marked as keepable ({@link PublicCaching}); forgets everything after a request
 * that may have changed something. Runs after Spring Security, so security headers, the visitor's CSRF
 * cookie and the authentication are in place.
 *
 * <p>Only visitors without a session and without credentials get stored pages: never signed-in users,
 * never flash messages (they live in the session), never previews. Pages with forms are kept with
 * placeholders where the CSRF token and {@link FreshValue}s go; every response gets its own. While the
 * database is unreachable, kept pages are served however old they are, instead of a 503.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class RenderedPageFilter extends OncePerRequestFilter {

    /** Request attribute: the response may be kept (set by {@link PublicCaching}). */
    static final String KEEP = RenderedPageFilter.class.getName() + ".keep";
    /** Request attribute: the {@link CapturedResponse} of this request, if any. */
    static final String CAPTURE = RenderedPageFilter.class.getName() + ".capture";

    /** How long a request waits for the same page being rendered by another before rendering it itself. */
    static final Duration RENDERING_WAIT = Duration.ofSeconds(5);

    private final RenderedPages pages;
    private final Map<String, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();
    private final PublicCaching caching;
    private final LocaleResolver locales;
    private final FreshValues freshValues;
    private final DatabaseReachability database;
    // Random per process: no page content can contain it by accident or on purpose.
    private final String placeholder = "okcsrf" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    RenderedPageFilter(RenderedPages pages, PublicCaching caching, LocaleResolver locales, FreshValues freshValues,
            DatabaseReachability database) {
        this.pages = pages;
        this.caching = caching;
        this.locales = locales;
        this.freshValues = freshValues;
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
        String key = key(request);
        RenderedPage page = pages.find(key);
        if (page == null) {
            page = awaitRendering(key);
        }
        if (page == null && database.isUnreachable()) {
            page = pages.findStale(key);
        }
        if (page != null) {
            sendKept(page, request, response);
            return;
        }
        // The first request for a page that is not kept renders it; the same page's requests that come
        // meanwhile wait for it, instead of all rendering it at once (after a change, or when a minute ends).
        CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
        boolean first = rendering.putIfAbsent(key, mine) == null;
        try {
            render(key, request, response, chain, mine);
        } catch (IOException | ServletException | RuntimeException e) {
            // The database went away while rendering: what was kept before is still true.
            RenderedPage stale = DatabaseFailures.isTemporary(e) && !response.isCommitted() ? pages.findStale(key) : null;
            if (stale == null) {
                throw e;
            }
            response.reset();
            sendKept(stale, request, response);
        } finally {
            if (first) {
                rendering.remove(key, mine);
            }
            mine.complete(null);
        }
    }

    private void sendKept(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (RenderedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        send(page, request, response, true);
    }

    /** Hands the page to those waiting for it as soon as it is kept (or {@code null} if not), then sends it. */
    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            CompletableFuture<RenderedPage> done) throws ServletException, IOException {
        long generation = pages.generation();
        CapturedResponse capture = new CapturedResponse(request, response, placeholder);
        request.setAttribute(CAPTURE, capture);
        try {
            chain.doFilter(request, capture);
        } finally {
            capture.close();
            request.removeAttribute(CAPTURE);
        }
        if (!capture.isBuffered() || capture.isAnswered()) {
            return;
        }
        String etag = capture.getHeader(HttpHeaders.ETAG);
        RenderedPage rendered = RenderedPage.of(capture.headers(), capture.body(), placeholder, etag);
        boolean keep = capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookie()
                && caching.isShareable(request);
        done.complete(keep && pages.keep(key, rendered, generation) ? rendered : null);
        send(rendered, request, response, keep);
    }

    /**
     * The page another request is rendering right now, once it is kept; {@code null} when none is being
     * rendered, when it is not kept (then each request renders its own) or after {@link #RENDERING_WAIT}.
     */
    private RenderedPage awaitRendering(String key) {
        CompletableFuture<RenderedPage> running = rendering.get(key);
        if (running == null) {
            return null;
        }
        try {
            return running.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response, boolean compress)
            throws IOException {
        String etag = page.etag();
        if (etag != null && etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[][] values = new byte[page.slots().size()][];
        if (page.isPersonal()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            byte[] token = null;
            for (int i = 0; i < values.length; i++) {
                RenderedPage.Slot slot = page.slots().get(i);
                if (slot.isToken()) {
                    token = token == null ? token(request) : token;
                    values[i] = token;
                } else {
                    values[i] = freshValues.value(slot.name(), slot.argument()).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        boolean gzip = compress && acceptsGzip(request);
        if (compress) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(page.contentLength(values, gzip));
        page.write(response.getOutputStream(), values, gzip);
    }

    /** Address, parameters as the application reads them (not the raw query), language and accepted types. */
    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                key.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return key.append('|').append(locales.resolveLocale(request).toLanguageTag()).append('|')
                .append(request.getHeader(HttpHeaders.ACCEPT)).toString();
    }

    /** The visitor's token; a visitor without one gets a new one (and its cookie) now. */
    private static byte[] token(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return csrf == null ? new byte[0] : csrf.getToken().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")
                && !accepted.replace(" ", "").toLowerCase(Locale.ROOT).contains("gzip;q=0,")
                && !accepted.replace(" ", "").toLowerCase(Locale.ROOT).endsWith("gzip;q=0");
    }
}
