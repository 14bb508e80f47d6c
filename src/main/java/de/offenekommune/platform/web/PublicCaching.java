package de.offenekommune.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP caching for what everyone sees alike: strong validators (ETag, Last-Modified), answers of
 * 304 Not Modified, and {@code Cache-Control: public} so that a reverse proxy can take a rush.
 *
 * <p>Responses are only marked shareable for visitors who are not signed in, carry no session and
 * no flash message; everything else keeps Spring Security's {@code no-store}. The ETag is derived
 * from what the caller says the content depends on (typically the event catalog version), the
 * request URL, the language and this release, so a change is visible at the next request:
 * {@code max-age} is 0 unless the operator allows shared caches to serve a few seconds without asking.
 */
@Component
public class PublicCaching {

    /**
     * The name of transactions that change nothing a public page shows (such as Spring Session's): their
     * commits leave the store of rendered pages as it is.
     */
    public static final String PRIVATE_TRANSACTION = "private-data";

    private static final String KEEP = PublicCaching.class.getName() + ".keep";

    private final String release;
    private final boolean enabled;
    private final String cacheControl;

    public PublicCaching(ObjectProvider<BuildProperties> build,
            @Value("${ok.templates.development-mode:false}") boolean templatesReloaded,
            @Value("${ok.http-cache.shared-max-age:0s}") Duration sharedMaxAge) {
        BuildProperties properties = build.getIfAvailable();
        // The build time is the same in every copy of one jar, so copies behind a load balancer agree.
        this.release = properties != null && properties.getTime() != null ? properties.getTime().toString()
                : String.valueOf(System.currentTimeMillis());
        this.enabled = !templatesReloaded;
        this.cacheControl = "public, max-age=0" + (sharedMaxAge.isZero() ? "" : ", s-maxage=" + sharedMaxAge.toSeconds())
                + ", must-revalidate";
    }

    /** Whether a response to this request may be kept by shared caches. */
    public boolean isShareable(HttpServletRequest request) {
        if (!enabled || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return false;
        }
        return request.getSession(false) == null && RequestContextUtils.getInputFlashMap(request) == null;
    }

    /**
     * Lets the application keep the rendered response in memory and serve it to the next anonymous
     * visitors of the same address and language (the store of rendered pages), without HTTP validators:
     * for pages whose parts change without a validator of their own. Call only when the page shows
     * nothing but public data whose changes are signalled to that store (migration V42), and, of the
     * visitor, only the language and the CSRF token ({@link KeptResponse}).
     */
    public void keepRendered(HttpServletRequest request) {
        if (isShareable(request)) {
            request.setAttribute(KEEP, Boolean.TRUE);
        }
    }

    /** Whether the response to this request may be kept for others: {@link #keepRendered} or {@link #notModified}. */
    public boolean isKeepable(HttpServletRequest request) {
        return request.getAttribute(KEEP) != null;
    }

    /** Sets the shared-cache {@code Cache-Control}; only for responses to {@link #isShareable} requests. */
    public void markShareable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /**
     * Marks a localized public response (HTML, feeds) as cacheable and answers 304 when the client's
     * copy is current. Does nothing for requests that are not {@link #isShareable shareable}.
     *
     * @param lastModified when the content last changed
     * @param dependsOn    what else the content depends on, e.g. the catalog version
     * @return {@code true} when the response is a 304 and the caller must not render anything
     */
    public boolean notModified(ServletWebRequest request, Instant lastModified, Object... dependsOn) {
        return check(request, true, lastModified, dependsOn);
    }

    /** Like {@link #notModified} for data that is the same in every language, such as the JSON API. */
    public boolean dataNotModified(ServletWebRequest request, Instant lastModified, Object... dependsOn) {
        return check(request, false, lastModified, dependsOn);
    }

    private boolean check(ServletWebRequest webRequest, boolean localized, Instant lastModified, Object... dependsOn) {
        HttpServletRequest request = webRequest.getRequest();
        HttpServletResponse response = webRequest.getResponse();
        if (response == null || !isShareable(request)) {
            return false;
        }
        Locale locale = localized ? RequestContextUtils.getLocale(request) : Locale.ROOT;
        StringBuilder seed = new StringBuilder(release).append('|').append(request.getRequestURI()).append('?')
                .append(request.getQueryString()).append('|').append(locale.toLanguageTag());
        for (Object part : dependsOn) {
            seed.append('|').append(part);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (localized) {
            response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
        boolean notModified = webRequest.checkNotModified("\"" + hash(seed.toString()) + "\"", lastModified.toEpochMilli());
        if (!notModified) {
            request.setAttribute(KEEP, Boolean.TRUE);
        }
        return notModified;
    }

    private static String hash(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
