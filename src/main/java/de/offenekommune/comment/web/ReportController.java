package de.offenekommune.comment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentReporting;
import de.offenekommune.comment.internal.ReportReason;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Readers report a comment with a reason; the answer is the same whether it was their first report or not. */
@Controller
class ReportController {

    private final CommentReporting reporting;
    private final Events events;
    private final CommentDates dates;
    private final MessageSource messages;

    ReportController(CommentReporting reporting, Events events, CommentDates dates, MessageSource messages) {
        this.reporting = reporting;
        this.events = events;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/comments/{id}/report")
    String form(@PathVariable String id, Model model, Locale locale) {
        return page(model, reporting.findReportable(parse(id)), "", "", FormErrors.NONE, locale);
    }

    @PostMapping("/comments/{id}/report")
    String report(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        CommentId commentId = parse(id);
        try {
            reporting.report(commentId, reason, note, DiscussionViews.currentUserId(), request.getRemoteAddr());
        } catch (InvalidInputException | CommentRefusedException e) {
            Violations problems = e instanceof InvalidInputException invalid ? invalid.violations() : new Violations();
            if (e instanceof CommentRefusedException refused) {
                problems.add("reason", refused.reason().messageKey());
                response.setStatus(refused.reason().status());
            } else {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            return page(model, reporting.findReportable(commentId), reason, note,
                    FormErrors.of(problems, field -> field, messages, locale), locale);
        }
        model.addAttribute("event", events.findById(reporting.findEvent(commentId)).orElse(null));
        model.addAttribute("titleKey", "comment.reported.title");
        model.addAttribute("messageKey", "comment.reported.message");
        return "comment/message";
    }

    private String page(Model model, Comment comment, String reason, String note, FormErrors errors, Locale locale) {
        List<Option> reasons = Arrays.stream(ReportReason.values())
                .map(value -> new Option(value.name(), messages.getMessage(value.messageKey(), null, locale)))
                .toList();
        model.addAttribute("comment", comment);
        model.addAttribute("event", events.findById(comment.event()).orElseThrow(CommentNotFoundException::new));
        model.addAttribute("reasons", reasons);
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        return "comment/report";
    }

    private static CommentId parse(String id) {
        return CommentId.parse(id).orElseThrow(CommentNotFoundException::new);
    }
}
