package de.offenekommune.comment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentBlocks;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentReports;
import de.offenekommune.comment.internal.CommentStateException;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.internal.Moderation;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.web.Option;

/**
 * The moderation queue of one event, for its organizers and platform moderators: the mode, comments
 * waiting for approval or reported, all comments, the organization's block list and the log. The
 * platform-wide queue ({@code /moderation}) posts its actions here too.
 */
@Controller
@RequestMapping("/manage/events/{eventId}/comments")
class ModerationController {

    static final int QUEUE_LIMIT = 200;
    static final int PAGE_SIZE = 50;
    static final int LOG_SIZE = 50;

    private final Moderation moderation;
    private final Comments comments;
    private final CommentReports reports;
    private final CommentBlocks blocks;
    private final ModerationLog log;
    private final DiscussionSettings settings;
    private final CommentDates dates;
    private final MessageSource messages;

    @SuppressWarnings("java:S107")
    ModerationController(Moderation moderation, Comments comments, CommentReports reports, CommentBlocks blocks,
            ModerationLog log, DiscussionSettings settings, CommentDates dates, MessageSource messages) {
        this.moderation = moderation;
        this.comments = comments;
        this.reports = reports;
        this.blocks = blocks;
        this.log = log;
        this.settings = settings;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String eventId,
            @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        Event event = moderation.moderatedEvent(user, parseEvent(eventId));
        List<Comment> queue = comments.findQueue(event.id(), QUEUE_LIMIT);
        ResultPage<Comment> all = comments.findForModeration(event.id(), Math.min(Math.max(page, 1), 10_000), PAGE_SIZE);
        model.addAttribute("event", event);
        model.addAttribute("mode", settings.chosenMode(event.id()).name());
        model.addAttribute("modeChosen", settings.isChosen(event.id()));
        model.addAttribute("modes", Arrays.stream(ModerationMode.values())
                .map(mode -> new Option(mode.name(), messages.getMessage(mode.messageKey(), null, locale) + " – "
                        + messages.getMessage(mode.messageKey() + ".hint", null, locale)))
                .toList());
        model.addAttribute("queue", queue);
        model.addAttribute("all", all);
        model.addAttribute("reports", reports.findOpen(java.util.stream.Stream.concat(queue.stream(), all.items().stream())
                .map(Comment::id).distinct().toList()));
        model.addAttribute("blocks", blocks.findAll(event.organizer().value().toString()));
        model.addAttribute("log", log.findLatest(event.id(), LOG_SIZE));
        model.addAttribute("events", Map.of(event.id(), event));
        model.addAttribute("platformModerator", user.isModerator());
        model.addAttribute("dates", dates);
        return "comment/moderation/event";
    }

    @PostMapping("/mode")
    String changeMode(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String eventId,
            @RequestParam(defaultValue = "") String mode, RedirectAttributes redirect) {
        EventId id = parseEvent(eventId);
        ModerationMode chosen = Arrays.stream(ModerationMode.values()).filter(value -> value.name().equals(mode))
                .findFirst().orElse(null);
        if (chosen == null) {
            moderation.moderatedEvent(user, id);
            redirect.addFlashAttribute("problem", "comment.moderation.modeMissing");
        } else {
            moderation.changeMode(user, id, chosen);
            redirect.addFlashAttribute("notice", "comment.moderation.modeChanged");
        }
        return "redirect:/manage/events/" + id + "/comments";
    }

    @PostMapping("/{commentId}/{action:approve|reject|hide|restore|dismiss|block}")
    String act(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String eventId,
            @PathVariable String commentId, @PathVariable String action, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean platformWide, @RequestParam(defaultValue = "") String from,
            RedirectAttributes redirect) {
        EventId event = parseEvent(eventId);
        CommentId comment = CommentId.parse(commentId).orElseThrow(CommentNotFoundException::new);
        try {
            switch (action) {
                case "approve" -> moderation.approve(user, event, comment);
                case "reject" -> moderation.reject(user, event, comment, reason);
                case "hide" -> moderation.hide(user, event, comment, reason);
                case "restore" -> moderation.restore(user, event, comment);
                case "dismiss" -> moderation.dismissReports(user, event, comment);
                default -> moderation.block(user, event, comment, reason, platformWide);
            }
            redirect.addFlashAttribute("notice", "comment.moderation.done." + action);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "comment.moderation.reasonRequired");
        } catch (CommentStateException | CommentRefusedException e) {
            redirect.addFlashAttribute("problem", "comment.moderation.notPossible");
        }
        return "platform".equals(from) ? "redirect:/moderation" : "redirect:/manage/events/" + event + "/comments";
    }

    @PostMapping("/blocks/remove")
    String unblock(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String eventId,
            @RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String subject,
            RedirectAttributes redirect) {
        Event event = moderation.moderatedEvent(user, parseEvent(eventId));
        moderation.unblock(user, scope, subject, event.id());
        redirect.addFlashAttribute("notice", "comment.moderation.done.unblock");
        return "redirect:/manage/events/" + event.id() + "/comments";
    }

    static EventId parseEvent(String id) {
        return EventId.parse(id).orElseThrow(CommentNotFoundException::new);
    }
}
