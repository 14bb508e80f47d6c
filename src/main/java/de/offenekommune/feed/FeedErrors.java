package de.offenekommune.feed;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import de.offenekommune.platform.web.ApiProblems;

/** Bad feed parameters get a 400 problem document that names each parameter, like the API. */
@ControllerAdvice(assignableTypes = FeedController.class)
class FeedErrors {

    private final ApiProblems problems;

    FeedErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(FeedController.FeedQueryException.class)
    ResponseEntity<ProblemDetail> invalid(FeedController.FeedQueryException e, Locale locale) {
        return problems.invalid(e.violations(), locale, HttpStatus.BAD_REQUEST);
    }
}
