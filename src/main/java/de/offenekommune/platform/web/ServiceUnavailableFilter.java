package de.offenekommune.platform.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.offenekommune.platform.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 503 with {@code Retry-After} (the error page or problem JSON) when a temporary database failure
 * reaches the top, wherever it happened: in a controller, in loading the session, in the security checks.
 * Runs outside everything else that touches the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ServiceUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFilter.class);

    private final ServiceUnavailable unavailable;

    ServiceUnavailableFilter(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseFailures.isTemporary(e) || response.isCommitted()) {
                throw e;
            }
            unavailable.log(log, request.getMethod() + " " + request.getRequestURI(), e);
            response.reset();
            unavailable.prepare(response);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
