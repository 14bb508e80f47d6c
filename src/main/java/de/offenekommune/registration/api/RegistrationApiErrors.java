package de.offenekommune.registration.api;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.web.ApiProblems;
import de.offenekommune.registration.internal.RegistrationClosedException;
import de.offenekommune.registration.internal.RegistrationLimitException;

@RestControllerAdvice(assignableTypes = {RegistrationApiController.class, ParticipantApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationApiErrors {

    private final ApiProblems problems;

    RegistrationApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problems.respond(HttpStatus.NOT_FOUND, "not-found", "api.problem.eventNotFound", locale);
    }

    @ExceptionHandler(RegistrationLimitException.class)
    ResponseEntity<ProblemDetail> tooMany(RegistrationLimitException e, Locale locale) {
        ResponseEntity<ProblemDetail> problem = problems.respond(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "api.problem.rateLimited", locale);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds())).body(problem.getBody());
    }

    @ExceptionHandler(RegistrationClosedException.class)
    ResponseEntity<ProblemDetail> closed(RegistrationClosedException e, Locale locale) {
        ResponseEntity<ProblemDetail> response = problems.respond(HttpStatus.CONFLICT, "state",
                "registration.api.closed." + e.availability().status().name(), locale);
        response.getBody().setProperty("registrationStatus", e.availability().status().name());
        return response;
    }
}
