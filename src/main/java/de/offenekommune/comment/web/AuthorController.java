package de.offenekommune.comment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentAuthoring;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authors and their own comments: a guest confirms through the link in the mail and later edits or
 * deletes through the personal link from the same mail; a logged-in user through the comment's page.
 * Links in mails only show a page with a button, so that mail scanners following links change nothing.
 */
@Controller
class AuthorController {

    private final CommentSubmissions submissions;
    private final CommentAuthoring authoring;
    private final Events events;
    private final DiscussionSettings settings;
    private final CommentDates dates;
    private final MessageSource messages;
    private final java.time.Clock clock;

    AuthorController(CommentSubmissions submissions, CommentAuthoring authoring, Events events,
            DiscussionSettings settings, CommentDates dates, MessageSource messages, java.time.Clock clock) {
        this.submissions = submissions;
        this.authoring = authoring;
        this.events = events;
        this.settings = settings;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/comments/confirm/{token}")
    String confirmation(@PathVariable String token, Model model) {
        Comment comment = submissions.findConfirmable(token).orElseThrow(CommentNotFoundException::new);
        model.addAttribute("comment", comment);
        model.addAttribute("event", eventOf(comment));
        model.addAttribute("token", token);
        return "comment/confirm";
    }

    @PostMapping("/comments/confirm/{token}")
    String confirm(@PathVariable String token) {
        Comment comment = submissions.confirm(token);
        Event event = eventOf(comment);
        return comment.status() == CommentStatus.PUBLISHED ? "redirect:/comments/" + comment.id()
                : "redirect:/events/" + event.slug() + "/comments/awaiting";
    }

    @GetMapping("/comments/manage/{token}")
    String manageAsGuest(@PathVariable String token, @RequestParam(required = false) String done, Model model) {
        Comment comment = authoring.findByManageToken(token).orElseThrow(CommentNotFoundException::new);
        return page(model, comment, "/comments/manage/" + token, comment.body(), FormErrors.NONE, done);
    }

    @PostMapping("/comments/manage/{token}/edit")
    String editAsGuest(@PathVariable String token, @RequestParam(defaultValue = "") String commentText, Model model,
            Locale locale, HttpServletResponse response) {
        String base = "/comments/manage/" + token;
        try {
            authoring.editAsGuest(token, commentText);
            return "redirect:" + base + "?done=saved";
        } catch (InvalidInputException | CommentRefusedException e) {
            Comment comment = authoring.findByManageToken(token).orElseThrow(CommentNotFoundException::new);
            return refused(model, comment, base, commentText, e, locale, response);
        }
    }

    @PostMapping("/comments/manage/{token}/delete")
    String deleteAsGuest(@PathVariable String token) {
        authoring.deleteAsGuest(token);
        return "redirect:/comments/manage/" + token + "?done=deleted";
    }

    @GetMapping("/comments/{id}/edit")
    String manageAsUser(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(required = false) String done, Model model) {
        Comment comment = authoring.findOwn(user, parse(id));
        return page(model, comment, "/comments/" + comment.id(), comment.body(), FormErrors.NONE, done);
    }

    @PostMapping("/comments/{id}/edit")
    String editAsUser(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id,
            @RequestParam(defaultValue = "") String commentText, Model model, Locale locale,
            HttpServletResponse response) {
        CommentId commentId = parse(id);
        try {
            Comment comment = authoring.editAsUser(user, commentId, commentText);
            return comment.status() == CommentStatus.PUBLISHED ? "redirect:/comments/" + comment.id()
                    : "redirect:/comments/" + comment.id() + "/edit?done=saved";
        } catch (InvalidInputException | CommentRefusedException e) {
            return refused(model, authoring.findOwn(user, commentId), "/comments/" + commentId, commentText, e, locale,
                    response);
        }
    }

    @GetMapping("/comments/{id}/delete")
    String deleteShortcut(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id) {
        authoring.findOwn(user, parse(id));
        return "redirect:/comments/" + id + "/edit#delete";
    }

    @PostMapping("/comments/{id}/delete")
    String deleteAsUser(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String id) {
        Comment comment = authoring.deleteAsUser(user, parse(id));
        return "redirect:/comments/" + comment.id() + "/edit?done=deleted";
    }

    @GetMapping("/comments/{id}/unsubscribe")
    String unsubscribePage(@PathVariable String id, @RequestParam(defaultValue = "") String sig, Model model) {
        model.addAttribute("id", parse(id).toString());
        model.addAttribute("sig", sig);
        return "comment/unsubscribe";
    }

    @PostMapping("/comments/{id}/unsubscribe")
    String unsubscribe(@PathVariable String id, @RequestParam(defaultValue = "") String sig, Model model) {
        if (!authoring.stopReplyNotifications(parse(id), sig)) {
            throw new CommentNotFoundException();
        }
        model.addAttribute("event", null);
        model.addAttribute("titleKey", "comment.unsubscribed.title");
        model.addAttribute("messageKey", "comment.unsubscribed.message");
        return "comment/message";
    }

    private String refused(Model model, Comment comment, String base, String text, RuntimeException e, Locale locale,
            HttpServletResponse response) {
        Violations problems;
        if (e instanceof InvalidInputException invalid) {
            problems = invalid.violations();
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            CommentRefusedException refused = (CommentRefusedException) e;
            problems = new Violations();
            problems.add("text", refused.reason().messageKey());
            response.setStatus(refused.reason().status());
        }
        return page(model, comment, base, text, FormErrors.of(problems, CommentForm::fieldName, messages, locale), null);
    }

    private String page(Model model, Comment comment, String base, String text, FormErrors errors, String done) {
        Event event = eventOf(comment);
        model.addAttribute("comment", comment);
        model.addAttribute("event", event);
        model.addAttribute("base", base);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("editable", comment.isEditable(clock.instant())
                && settings.modeOf(event).acceptsComments());
        model.addAttribute("done", "saved".equals(done) || "deleted".equals(done) ? done : null);
        model.addAttribute("dates", dates);
        return "comment/manage";
    }

    private Event eventOf(Comment comment) {
        return events.findById(comment.event()).orElseThrow(CommentNotFoundException::new);
    }

    private static CommentId parse(String id) {
        return CommentId.parse(id).orElseThrow(CommentNotFoundException::new);
    }
}
