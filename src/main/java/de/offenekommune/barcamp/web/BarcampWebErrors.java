package de.offenekommune.barcamp.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import de.offenekommune.barcamp.internal.BarcampRefusedException;
import de.offenekommune.barcamp.internal.ProposalNotFoundException;
import de.offenekommune.barcamp.internal.ProposalStateException;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.web.PageContextAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The barcamp pages' answers when something is not there or not possible, as pages in the site's layout. */
@ControllerAdvice(assignableTypes = {BarcampPagesController.class, BarcampPlanningController.class})
class BarcampWebErrors {

    private final PageContextAdvice pages;

    BarcampWebErrors(PageContextAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler({ProposalNotFoundException.class, EventNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Locale locale) {
        return page(model, request, locale, 404, "barcamp.notFound.title", "barcamp.notFound.message");
    }

    @ExceptionHandler(ProposalStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notPossible(ProposalStateException e, Model model, HttpServletRequest request, Locale locale) {
        return page(model, request, locale, 409, "barcamp.notPossible.title", "barcamp.notPossible." + e.action());
    }

    @ExceptionHandler(BarcampRefusedException.class)
    String refused(BarcampRefusedException e, Model model, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        response.setStatus(e.reason().status());
        return page(model, request, locale, e.reason().status(), "barcamp.notPossible.title", e.reason().messageKey());
    }

    private String page(Model model, HttpServletRequest request, Locale locale, int status, String title,
            String message) {
        model.addAttribute("ctx", pages.create(request, locale));
        model.addAttribute("status", status);
        model.addAttribute("titleKey", title);
        model.addAttribute("messageKey", message);
        return "platform/error";
    }
}
