package de.offenekommune.comment.api;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.platform.web.ApiProblems;

@RestControllerAdvice(assignableTypes = CommentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommentApiErrors {

    private final ApiProblems problems;

    CommentApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CommentNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problems.respond(HttpStatus.NOT_FOUND, "not-found", "comment.api.notFound", locale);
    }

    @ExceptionHandler(CommentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(CommentRefusedException e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.reason().status());
        String kind = switch (e.reason()) {
            case TOO_MANY -> "rate-limited";
            case BLOCKED -> "forbidden";
            default -> "state";
        };
        return problems.respond(status, kind, e.reason().messageKey(), locale);
    }
}
