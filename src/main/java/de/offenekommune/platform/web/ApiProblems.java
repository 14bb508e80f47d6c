package de.offenekommune.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;

/**
 * RFC 9457 problem details for the JSON API, with field-level details for invalid input.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final SiteProperties site;

    ApiProblems(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        this.site = site;
    }

    /** 422 with one entry per problem: {@code {"field": "venue.postalCode", "code": "…", "message": "…"}}. */
    public ResponseEntity<ProblemDetail> invalid(Violations violations, Locale locale) {
        return invalid(violations, locale, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** Like {@link #invalid(Violations, Locale)} with another status, e.g. 400 for bad query parameters. */
    public ResponseEntity<ProblemDetail> invalid(Violations violations, Locale locale, HttpStatus status) {
        ProblemDetail problem = problem(status, "validation",
                messages.getMessage("api.problem.validation", null, locale));
        List<Map<String, String>> errors = violations.list().stream()
                .map(violation -> Map.of(
                        "field", violation.field(),
                        "code", violation.code(),
                        "message", messages.getMessage(violation.code(),
                                violation.args().length == 0 ? null : violation.args(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    /** A problem of a kind documented on the API page under {@code #problem-<kind>}. */
    public ProblemDetail problem(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(site.absolute("/api#problem-" + kind)));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public ResponseEntity<ProblemDetail> respond(HttpStatus status, String kind, String messageKey, Locale locale,
            Object... args) {
        return respond(problem(status, kind, messages.getMessage(messageKey, args.length == 0 ? null : args, locale)));
    }
}
