package de.offenekommune.platform.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the HTML site's forms are protected against cross-site request forgery, in two ways:
 * <ul>
 * <li>A browser that says where each request comes from ({@code Sec-Fetch-Site}, Fetch Metadata, sent by every
 * major browser since 2023) needs no token: a form it submits from a page of this site says
 * {@code same-origin}, which a page of another site cannot make it say. Its pages carry no token and it gets
 * no cookie for one.</li>
 * <li>For any other request that changes something, the token: each visitor's token lives in the
 * {@code ok_csrf} cookie (no session is needed for a form), and every response's forms carry it masked anew,
 * so no two responses show the same bytes.</li>
 * </ul>
 * Spring Security's chain for the site checks requests with this rule, repository and handler; the store of
 * rendered pages hands tokens out with the same two where it answers before that chain.
 */
@Component
public class VisitorCsrfTokens {

    /** The header in which a browser says where a request comes from. */
    static final String FETCH_SITE = "Sec-Fetch-Site";

    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    private final CsrfTokenRepository repository = new CookiesOnlyWhereNeeded();
    private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler handler = new TokensOnlyWhereNeeded();

    public VisitorCsrfTokens(@Value("${ok.secure-cookies:true}") boolean secureCookies) {
        cookies.setCookieName("ok_csrf");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secureCookies).sameSite("Lax"));
    }

    /**
     * Which requests must carry the token: those that may change something (not GET, HEAD, TRACE, OPTIONS),
     * unless the browser says they come from a page of this site. A browser without Fetch Metadata, or one
     * that says {@code same-site} (another subdomain), {@code cross-site} or {@code none}, needs the token.
     */
    public RequestMatcher requiresToken() {
        return request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                && !"same-origin".equals(request.getHeader(FETCH_SITE));
    }

    /** Whether this request comes from a browser whose forms need no token (see above). */
    public boolean needsNoToken(HttpServletRequest request) {
        return request.getHeader(FETCH_SITE) != null;
    }

    public CsrfTokenRepository repository() {
        return repository;
    }

    public CsrfTokenRequestHandler requestHandler() {
        return handler;
    }

    /**
     * The masked token for this response's forms: none for a browser that needs none; down Spring Security's
     * chain the one it handed out; before it, the visitor's token from their cookie, or for a visitor without
     * one a new token, whose cookie this response then sets.
     */
    public String maskedToken(HttpServletRequest request, HttpServletResponse response) {
        if (needsNoToken(request)) {
            return "";
        }
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken handled) {
            return handled.getToken();
        }
        CsrfToken loaded = cookies.loadToken(request);
        if (loaded == null) {
            loaded = cookies.generateToken(request);
            cookies.saveToken(loaded, request, response);
        }
        CsrfToken token = loaded;
        masking.handle(request, response, () -> token);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }

    /**
     * Spring Security's masking of the token for the request's pages, except that a browser that needs no token
     * is handed none: its pages then carry an empty value, and nothing loads or makes a token (or its cookie) for
     * them. Reading a submitted token is the masking handler's.
     */
    private final class TokensOnlyWhereNeeded implements CsrfTokenRequestHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            if (!needsNoToken(request)) {
                masking.handle(request, response, token);
            }
        }

        @Override
        public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return masking.resolveCsrfTokenValue(request, token);
        }
    }

    /**
     * The cookie repository, except that a browser that needs no token gets no cookie for one: Spring Security
     * makes a token for every request it checks, even one it then refuses (a form from another site).
     * Deleting the cookie (at login) still reaches every browser.
     */
    private final class CookiesOnlyWhereNeeded implements CsrfTokenRepository {

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return cookies.generateToken(request);
        }

        @Override
        public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            if (token == null || !needsNoToken(request)) {
                cookies.saveToken(token, request, response);
            }
        }

        @Override
        public @Nullable CsrfToken loadToken(HttpServletRequest request) {
            return cookies.loadToken(request);
        }
    }
}
