package de.offenekommune.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind every error: a friendly HTML page for browsers, RFC 9457 problem JSON for every
 * other client. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 410, 413, 415, 422, 429, 503);

    private final PageContextAdvice pages;
    private final ServiceUnavailable unavailable;

    ErrorPageController(PageContextAdvice pages, ServiceUnavailable unavailable) {
        this.pages = pages;
        this.unavailable = unavailable;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView html(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        int status = status(request);
        retryLater(status, response);
        String key = EXPLAINED.contains(status) ? "error." + status : "error.500";
        return pages.errorPage(request, locale, HttpStatus.valueOf(status), key);
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        retryLater(status, response);
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", httpStatus.getReasonPhrase());
        problem.put("status", status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri);
        }
        return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Every 503 says when to try again, also one that did not come through {@link ServiceUnavailable}. */
    private void retryLater(int status, HttpServletResponse response) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value() && !response.containsHeader(HttpHeaders.RETRY_AFTER)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, unavailable.retryAfter());
        }
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400) {
            return value;
        }
        return 500;
    }
}
