package de.offenekommune.platform.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import de.offenekommune.platform.ApiTokenVerifier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A token that is presented but not valid ends the
 * request with 401 instead of falling back to anonymous access; an expired one says so.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ObjectProvider<ApiTokenVerifier> verifier;
    private final ProblemResponses problems;

    BearerTokenFilter(ObjectProvider<ApiTokenVerifier> verifier, ProblemResponses problems) {
        this.verifier = verifier;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> authentication;
        try {
            authentication = header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                    ? Optional.ofNullable(verifier.getIfAvailable()).flatMap(v -> v.verify(header.substring(PREFIX.length()).trim()))
                    : Optional.empty();
        } catch (CredentialsExpiredException e) {
            problems.expiredToken(request, response);
            return;
        }
        if (authentication.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
