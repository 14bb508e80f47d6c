package de.offenekommune.platform.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shows the login form again in the same response, with the email kept and no session created.
 * The internal path {@code /login/failed} renders it; the login filter itself only handles {@code POST /login}.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Request attribute read by the login page: {@code invalid} or {@code throttled}. */
    static final String ATTRIBUTE = "ok.loginError";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE,
                exception instanceof ThrottledAuthenticationProvider.LoginThrottledException ? "throttled" : "invalid");
        request.getRequestDispatcher("/login/failed").forward(request, response);
    }
}
