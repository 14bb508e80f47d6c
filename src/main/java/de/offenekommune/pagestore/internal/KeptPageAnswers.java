package de.offenekommune.pagestore.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import de.offenekommune.platform.web.FreshValues;
import de.offenekommune.platform.web.VisitorCsrfTokens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a page of the store is found and sent, wherever it is answered ({@link RenderedPageFilter} inside the
 * filter chain, {@link KeptPageShortcut} before it): the key of a request, and the response with the
 * visitor's own values in the page's slots, gzip-compressed where the client accepts it.
 */
@Component
public class KeptPageAnswers {

    /** What {@link #send} adds when it may compress. */
    static final RenderedPage.Header VARY_ENCODING = new RenderedPage.Header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);

    private final LocaleResolver locales;
    private final FreshValues freshValues;
    private final VisitorCsrfTokens csrfTokens;

    public KeptPageAnswers(LocaleResolver locales, FreshValues freshValues, VisitorCsrfTokens csrfTokens) {
        this.locales = locales;
        this.freshValues = freshValues;
        this.csrfTokens = csrfTokens;
    }

    private static final String KEY = KeptPageAnswers.class.getName() + ".key";

    /**
     * Address, parameters as the application reads them (not the raw query), language and accepted types; made
     * once per request, though both filters ask for it.
     */
    String key(HttpServletRequest request) {
        if (request.getAttribute(KEY) instanceof String known) {
            return known;
        }
        String key = newKey(request);
        request.setAttribute(KEY, key);
        return key;
    }

    private String newKey(HttpServletRequest request) {
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

    /** A kept page: its headers, then its body. */
    void sendKept(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (RenderedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        send(page, request, response, true);
    }

    /**
     * The body (or 304 when the client's copy is current), with the visitor's masked CSRF token (if their
     * browser needs one, {@link VisitorCsrfTokens}) and fresh values in the slots of a personal page, compressed
     * where accepted if {@code compress}.
     */
    void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response, boolean compress)
            throws IOException {
        String etag = page.etag();
        if (etag != null && etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[][] values = new byte[page.slots().size()][];
        if (page.isPersonal()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            byte[] visitorsToken = null;
            for (int i = 0; i < values.length; i++) {
                RenderedPage.Slot slot = page.slots().get(i);
                if (slot.isToken()) {
                    if (visitorsToken == null) {
                        visitorsToken = csrfTokens.maskedToken(request, response).getBytes(StandardCharsets.UTF_8);
                    }
                    values[i] = visitorsToken;
                } else {
                    values[i] = freshValues.value(slot.name(), slot.argument()).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        boolean gzip = compress && acceptsGzip(request);
        if (compress) {
            response.addHeader(VARY_ENCODING.name(), VARY_ENCODING.value());
        }
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(page.contentLength(values, gzip));
        page.write(response.getOutputStream(), values, gzip);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        String codings = accepted.replace(" ", "").toLowerCase(Locale.ROOT);
        return codings.contains("gzip") && !codings.contains("gzip;q=0,") && !codings.endsWith("gzip;q=0");
    }
}
