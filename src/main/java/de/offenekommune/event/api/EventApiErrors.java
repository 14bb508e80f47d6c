package de.offenekommune.event.api;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.offenekommune.event.internal.EventConflictException;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.internal.EventStateException;
import de.offenekommune.platform.web.ApiProblems;

@RestControllerAdvice(assignableTypes = EventApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventApiErrors {

    private final ApiProblems problems;

    EventApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problems.respond(HttpStatus.NOT_FOUND, "not-found", "api.problem.eventNotFound", locale);
    }

    @ExceptionHandler({EventConflictException.class, EventApiController.PreconditionFailedException.class})
    ResponseEntity<ProblemDetail> conflict(Locale locale) {
        return problems.respond(HttpStatus.PRECONDITION_FAILED, "version", "api.problem.version", locale);
    }

    @ExceptionHandler(EventStateException.class)
    ResponseEntity<ProblemDetail> state(EventStateException e, Locale locale) {
        return problems.respond(HttpStatus.CONFLICT, "state", "api.problem.state." + e.action(), locale,
                e.status().name());
    }
}
