package de.offenekommune.comment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentBlocks;
import de.offenekommune.comment.internal.CommentReports;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.Moderation;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;

/**
 * The platform moderators' queue across all events, the whole block list and the latest log entries.
 * Only users with the moderator role get here (see the security configuration).
 */
@Controller
@RequestMapping("/moderation")
class PlatformModerationController {

    static final int QUEUE_LIMIT = 200;
    static final int LOG_SIZE = 100;

    private final Comments comments;
    private final CommentReports reports;
    private final CommentBlocks blocks;
    private final ModerationLog log;
    private final Moderation moderation;
    private final Events events;
    private final CommentDates dates;

    PlatformModerationController(Comments comments, CommentReports reports, CommentBlocks blocks, ModerationLog log,
            Moderation moderation, Events events, CommentDates dates) {
        this.comments = comments;
        this.reports = reports;
        this.blocks = blocks;
        this.log = log;
        this.moderation = moderation;
        this.events = events;
        this.dates = dates;
    }

    @GetMapping
    String queue(Model model) {
        List<Comment> queue = comments.findQueue(null, QUEUE_LIMIT);
        List<ModerationLog.Entry> entries = log.findLatest(null, LOG_SIZE);
        Map<EventId, Event> byId = new HashMap<>();
        Stream.concat(queue.stream().map(Comment::event), entries.stream().map(ModerationLog.Entry::event))
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> events.findById(id).ifPresent(event -> byId.put(id, event)));
        model.addAttribute("queue", queue.stream().filter(comment -> byId.containsKey(comment.event())).toList());
        model.addAttribute("reports", reports.findOpen(queue.stream().map(Comment::id).toList()));
        model.addAttribute("events", byId);
        model.addAttribute("log", entries);
        model.addAttribute("blocks", blocks.findAll(null));
        model.addAttribute("dates", dates);
        return "comment/moderation/platform";
    }

    @PostMapping("/blocks/remove")
    String unblock(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String subject, RedirectAttributes redirect) {
        moderation.unblock(user, scope, subject, null);
        redirect.addFlashAttribute("notice", "comment.moderation.done.unblock");
        return "redirect:/moderation";
    }
}
