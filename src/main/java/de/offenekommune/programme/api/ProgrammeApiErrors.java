package de.offenekommune.programme.api;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.web.ApiProblems;

@RestControllerAdvice(assignableTypes = ProgrammeApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeApiErrors {

    private final ApiProblems problems;

    ProgrammeApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problems.respond(HttpStatus.NOT_FOUND, "not-found", "api.problem.eventNotFound", locale);
    }
}
