package de.offenekommune.event.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.web.PageContextAdvice;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An event that is not there, or not the user's to manage, on an HTML page of an event: the platform's 404
 * page, as for every address that is not there.
 * <p>
 * Scoped by package to the HTML channels whose pages show one event. Not {@code annotations = Controller.class}:
 * that matches every {@code @RestController} too, and the JSON API answers with problem JSON from its own
 * advices ({@code EventApiErrors}, {@code RegistrationApiErrors}, {@code ProgrammeApiErrors}). The barcamp pages
 * have a not-found page of their own ({@code BarcampWebErrors}).
 */
@ControllerAdvice(basePackages = {"de.offenekommune.event.web", "de.offenekommune.registration.web",
        "de.offenekommune.programme.web"})
class EventWebErrors {

    private final PageContextAdvice pages;

    EventWebErrors(PageContextAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(EventNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale) {
        return pages.errorPage(request, locale, HttpStatus.NOT_FOUND, "error.404");
    }
}
