package de.offenekommune.platform.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shows the login form again in the same response, with the email kept and no session created.
 * The internal path {@code /login/failed} renders it; the login filter itself only handles {@code POST /login}.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Request attribute read by the login page: {@code invalid}, {@code throttled}, or {@code provider.<code>}. */
    static final String ATTRIBUTE = "ok.loginError";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, reason(exception));
        request.getRequestDispatcher("/login/failed").forward(request, response);
    }

    /** Why a login failed, in words the login page has a message for; a provider's own codes stay unnamed. */
    private static String reason(AuthenticationException exception) {
        if (exception instanceof ThrottledAuthenticationProvider.LoginThrottledException) {
            return "throttled";
        }
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            return code.startsWith("ok_") ? "provider." + code.substring(3) : "provider.failed";
        }
        return "invalid";
    }
}
