package de.offenekommune.registration.api;

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
import de.offenekommune.registration.InvalidRegistrationException;
import de.offenekommune.registration.RegistrationClosedException;

@RestControllerAdvice(assignableTypes = RegistrationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationApiErrors {

    private final ApiProblems problems;

    RegistrationApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidRegistrationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRegistrationException e, Locale locale) {
        return problems.invalid(e.violations(), locale);
    }

    @ExceptionHandler(EventNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problems.respond(HttpStatus.NOT_FOUND, "not-found", "api.problem.eventNotFound", locale);
    }

    @ExceptionHandler(RegistrationClosedException.class)
    ResponseEntity<ProblemDetail> closed(RegistrationClosedException e, Locale locale) {
        ResponseEntity<ProblemDetail> response = problems.respond(HttpStatus.CONFLICT, "state",
                "registration.api.closed." + e.availability().status().name(), locale);
        response.getBody().setProperty("registrationStatus", e.availability().status().name());
        return response;
    }
}
