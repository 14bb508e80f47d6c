package de.offenekommune.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request an id that each of its log lines carries (MDC key {@value #MDC_KEY}) and that the
 * answer repeats in {@code X-Request-Id}, so that a person's report ("it failed at 10:02, id …") leads to
 * the lines. A proxy's id (nginx {@code $request_id}) is taken over when it looks like one; anything
 * else a client sends is replaced, so that no text of theirs reaches the logs this way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = response.getHeader(HEADER);   // set already when this is the error page's dispatch
        if (id == null) {
            String given = request.getHeader(HEADER);
            id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        }
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // The error page is rendered after this filter returned: its lines get the same id again.
        return false;
    }
}
