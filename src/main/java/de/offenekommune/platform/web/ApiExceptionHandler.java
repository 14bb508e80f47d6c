package de.offenekommune.platform.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;

import de.offenekommune.platform.DatabaseFailures;
import de.offenekommune.platform.InvalidInputException;

/**
 * Problems every JSON endpoint can have, answered as RFC 9457 documents; never a stack trace.
 * Capabilities answer their own exceptions in their own advice, which runs first.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** A client that went away before its answer was written: logged at debug under this category, no error. */
    private static final DisconnectedClientHelper DISCONNECTED = new DisconnectedClientHelper(
            ApiExceptionHandler.class.getName() + ".disconnected");

    private final ApiProblems problems;
    private final ServiceUnavailable unavailable;

    ApiExceptionHandler(ApiProblems problems, ServiceUnavailable unavailable) {
        this.problems = problems;
        this.unavailable = unavailable;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (RequestSizeLimit.isTooLarge(e)) {
            ResponseEntity<ProblemDetail> tooLarge = problems.respond(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "api.problem.tooLarge", locale);
            // The rest of the body is never read.
            return ResponseEntity.status(tooLarge.getStatusCode()).headers(tooLarge.getHeaders())
                    .header(HttpHeaders.CONNECTION, "close").body(tooLarge.getBody());
        }
        return problems.respond(HttpStatus.BAD_REQUEST, "malformed", "api.problem.malformed", locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        return problems.respond(HttpStatus.BAD_REQUEST, "parameter", "api.problem.parameter", locale, name);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        return problems.invalid(e.violations(), locale,
                e.isQuery() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(Locale locale) {
        return problems.respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", "api.problem.mediaType", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(Locale locale) {
        return problems.respond(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "api.problem.notAcceptable", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(Locale locale) {
        return problems.respond(HttpStatus.METHOD_NOT_ALLOWED, "method", "api.problem.method", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        return problems.respond(HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden", locale);
    }

    /** @return {@code null} for a client that went away: there is nobody left to answer */
    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (DISCONNECTED.checkAndLogClientDisconnectedException(e)) {
            return null;
        }
        if (DatabaseFailures.isTemporary(e)) {
            unavailable.log(log, "API request", e);
            return unavailable.problem(locale);
        }
        log.error("Unexpected error in the API", e);
        return problems.respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.problem.internal", locale);
    }
}
