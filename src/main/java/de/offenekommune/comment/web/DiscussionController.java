package de.offenekommune.comment.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.SubmissionResult;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The discussion's public pages: all pages of a long discussion, writing a comment or a reply, and
 * permalinks that lead to the page showing a comment.
 */
@Controller
class DiscussionController {

    private static final int MAX_PAGE = 10_000;

    private final Events events;
    private final Comments comments;
    private final CommentSubmissions submissions;
    private final FormStamps stamps;
    private final DiscussionViews views;
    private final MessageSource messages;

    DiscussionController(Events events, Comments comments, CommentSubmissions submissions, FormStamps stamps,
            DiscussionViews views, MessageSource messages) {
        this.events = events;
        this.comments = comments;
        this.submissions = submissions;
        this.stamps = stamps;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/events/{slug}/comments")
    String discussion(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Event event = publicEvent(slug);
        Discussion discussion = views.discussion(event, views.modeOf(event), Math.min(Math.max(page, 1), MAX_PAGE), true);
        if (page > 1 && page > discussion.threads().totalPages()) {
            throw new CommentNotFoundException();
        }
        model.addAttribute("d", discussion);
        model.addAttribute("f", views.blankForm(event, null));
        return "comment/discussion";
    }

    @PostMapping("/events/{slug}/comments")
    String submit(@PathVariable String slug, @ModelAttribute CommentForm form, HttpServletRequest request,
            HttpServletResponse response, Locale locale, Model model) {
        Event event = publicEvent(slug);
        Commenter commenter = new Commenter(DiscussionViews.currentUser(), request.getRemoteAddr(), commentLocale(locale));
        Violations problems = new Violations();
        String sendAgain = null;
        try {
            sendAgain = doubtOf(event, form);
            if (sendAgain == null) {
                SubmissionResult result = submissions.submit(event, form.toSubmission(), commenter);
                return switch (result.outcome()) {
                    case CHECK_MAIL -> "redirect:/events/" + event.slug() + "/comments/sent";
                    case AWAITING_REVIEW -> "redirect:/events/" + event.slug() + "/comments/awaiting";
                    case PUBLISHED -> "redirect:/comments/" + result.comment().id();
                };
            }
            // Autofill and paste are fast too: the person hears of mistakes first, and may always send once more.
            submissions.check(event, form.toSubmission(), commenter);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            problems = e.violations();
            sendAgain = null;
        } catch (CommentRefusedException e) {
            response.setStatus(e.reason().status());
            problems.add("text", e.reason().messageKey());
            sendAgain = null;
        }
        FormErrors errors = FormErrors.of(problems, CommentForm::fieldName, messages, locale)
                .labelled(CommentForm.FIELDS, messages, locale);
        Comment parent = form.isReply() ? CommentId.parse(form.commentParent()).flatMap(comments::findById)
                .filter(found -> found.event().equals(event.id()) && found.acceptsReplies()).orElse(null) : null;
        if (parent != null) {
            return replyPage(model, event, parent, views.form(event, form, errors, sendAgain, parent));
        }
        model.addAttribute("d", views.discussion(event, views.modeOf(event), 1, true));
        model.addAttribute("f", views.form(event, form.isReply() ? form.withoutParent() : form, errors, sendAgain, null));
        return "comment/discussion";
    }

    @GetMapping("/events/{slug}/comments/{outcome:sent|awaiting}")
    String submitted(@PathVariable String slug, @PathVariable String outcome, Model model) {
        Event event = publicEvent(slug);
        model.addAttribute("event", event);
        model.addAttribute("titleKey", "comment." + outcome + ".title");
        model.addAttribute("messageKey", "comment." + outcome + ".message");
        return "comment/message";
    }

    /** A comment's permanent address: the page of the discussion that shows it. */
    @GetMapping("/comments/{id}")
    String permalink(@PathVariable String id) {
        Comment comment = CommentId.parse(id).flatMap(comments::findById).orElseThrow(CommentNotFoundException::new);
        Event event = events.findById(comment.event()).filter(Event::isPublic).orElseThrow(CommentNotFoundException::new);
        boolean shown = comment.status() == CommentStatus.PUBLISHED || comment.status() == CommentStatus.HIDDEN
                || comment.parent() == null && comment.status() == CommentStatus.DELETED;
        if (!shown || !views.modeOf(event).isVisible()) {
            throw new CommentNotFoundException();
        }
        long position = comments.positionOf(comment).orElseThrow(CommentNotFoundException::new);
        String anchor = "#comment-" + comment.id();
        if (position < views.eventPageThreads()) {
            return "redirect:/events/" + event.slug() + anchor;
        }
        long page = position / views.pageSize() + 1;
        return "redirect:/events/" + event.slug() + "/comments" + (page > 1 ? "?page=" + page : "") + anchor;
    }

    @GetMapping("/comments/{id}/reply")
    String reply(@PathVariable String id, Model model) {
        Comment parent = CommentId.parse(id).flatMap(comments::findById)
                .filter(Comment::acceptsReplies)
                .orElseThrow(CommentNotFoundException::new);
        Event event = events.findById(parent.event()).filter(Event::isPublic).orElseThrow(CommentNotFoundException::new);
        return replyPage(model, event, parent, views.blankForm(event, parent));
    }

    private String replyPage(Model model, Event event, Comment parent, FormState form) {
        ModerationMode mode = views.modeOf(event);
        if (!mode.acceptsComments()) {
            throw new CommentNotFoundException();
        }
        model.addAttribute("d", views.discussion(event, mode, 1, false));
        model.addAttribute("parent", parent);
        model.addAttribute("f", form);
        return "comment/reply";
    }

    /** @return the message asking to send the form once more (see {@link FormStamps}), or {@code null} */
    private String doubtOf(Event event, CommentForm form) {
        return switch (stamps.check(event.id(), form.website(), form.commentStamp())) {
            case FINE -> null;
            case EXPIRED -> "comment.form.sendAgain.expired";
            case TOO_FAST, FORGED -> "comment.form.sendAgain";
        };
    }

    private Event publicEvent(String slug) {
        return events.findBySlug(slug)
                .filter(Event::isPublic)
                .filter(event -> views.modeOf(event).isVisible())
                .orElseThrow(CommentNotFoundException::new);
    }

    static Locale commentLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
