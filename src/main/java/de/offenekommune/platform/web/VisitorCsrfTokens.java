package de.offenekommune.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF tokens of the HTML site: each visitor's token lives in the {@code ok_csrf} cookie (no session is
 * needed for a form), and every response's forms carry it masked anew, so no two responses show the same
 * bytes. Spring Security's chain for the site loads and checks them with this repository and handler; the
 * store of rendered pages hands them out with the same two where it answers before that chain.
 */
@Component
public class VisitorCsrfTokens {

    private final CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

    VisitorCsrfTokens(@Value("${ok.secure-cookies:true}") boolean secureCookies) {
        repository.setCookieName("ok_csrf");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secureCookies).sameSite("Lax"));
    }

    public CsrfTokenRepository repository() {
        return repository;
    }

    public CsrfTokenRequestHandler requestHandler() {
        return handler;
    }

    /**
     * The masked token for this response's forms, outside Spring Security's chain: the visitor's token from
     * their cookie, or for a visitor without one a new token, whose cookie this response then sets.
     */
    public String maskedToken(HttpServletRequest request, HttpServletResponse response) {
        CsrfToken loaded = repository.loadToken(request);
        if (loaded == null) {
            loaded = repository.generateToken(request);
            repository.saveToken(loaded, request, response);
        }
        CsrfToken token = loaded;
        handler.handle(request, response, () -> token);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
