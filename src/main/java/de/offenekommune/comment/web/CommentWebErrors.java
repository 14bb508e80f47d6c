package de.offenekommune.comment.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentStateException;
import de.offenekommune.platform.web.PageContextAdvice;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Friendly pages for what the discussion's HTML pages cannot do. Exception handlers get a fresh model,
 * so the page context is added here.
 */
@ControllerAdvice(assignableTypes = {DiscussionController.class, AuthorController.class, ReportController.class,
        ModerationController.class, PlatformModerationController.class})
class CommentWebErrors {

    private final PageContextAdvice pages;

    CommentWebErrors(PageContextAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(CommentNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("ctx", pages.create(request, locale));
        model.addAttribute("status", 404);
        model.addAttribute("titleKey", "comment.notFound.title");
        model.addAttribute("messageKey", "comment.notFound.message");
        return "platform/error";
    }

    @ExceptionHandler(CommentStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notPossible(CommentStateException e, Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("ctx", pages.create(request, locale));
        model.addAttribute("status", 409);
        model.addAttribute("titleKey", "comment.notPossible.title");
        model.addAttribute("messageKey", "comment.notPossible." + e.action());
        return "platform/error";
    }
}
