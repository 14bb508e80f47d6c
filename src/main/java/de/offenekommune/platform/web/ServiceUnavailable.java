package de.offenekommune.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.database.DatabaseReachability;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer when the database is unreachable or too busy (see
 * {@link de.offenekommune.platform.DatabaseFailures}): 503 with {@code Retry-After} of
 * {@code ok.retry-after}, as a page, a form kept as typed, or problem JSON.
 */
@Component
public class ServiceUnavailable {

    private final ApiProblems problems;
    private final DatabaseReachability database;
    private final String retryAfter;

    ServiceUnavailable(ApiProblems problems, DatabaseReachability database,
            @Value("${ok.retry-after:PT10S}") Duration retryAfter) {
        this.problems = problems;
        this.database = database;
        this.retryAfter = String.valueOf(Math.max(1, retryAfter.toSeconds()));
    }

    /** Sets status 503 and {@code Retry-After}; the caller writes the body. */
    public void prepare(HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
    }

    /** Problem JSON of kind {@code unavailable}. */
    public ResponseEntity<ProblemDetail> problem(Locale locale) {
        ResponseEntity<ProblemDetail> problem = problems.respond(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "api.problem.unavailable", locale);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, retryAfter).body(problem.getBody());
    }

    /**
     * Notes a 503 in {@code log}: as a warning when the database is reachable (a lock or statement timeout
     * worth looking into), quietly during an outage, which {@link DatabaseReachability} reports once.
     */
    public void log(Logger log, String what, Throwable failure) {
        String reason = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        if (database.isUnreachable()) {
            log.debug("{} answered 503: {}", what, reason);
        } else {
            log.warn("{} answered 503: {}", what, reason);
        }
    }

    String retryAfter() {
        return retryAfter;
    }
}
