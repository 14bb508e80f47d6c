package de.offenekommune.comment.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentThread;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.platform.ResultPage;

/**
 * One page of an event's discussion as a reader sees it.
 *
 * @param viewer           the logged-in reader, or {@code null}
 * @param moderates        whether the reader may moderate this discussion
 * @param interactive      whether readers may act (reply, report); not in an organizer's preview
 * @param closedAfterEvent how long after the event the discussion closed by itself, or {@code null} when it did not
 */
public record Discussion(Event event, ModerationMode mode, ResultPage<CommentThread> threads, long publishedCount,
        UUID viewer, boolean moderates, boolean interactive, Instant now, CommentDates dates, Duration closedAfterEvent) {

    public ZoneId zone() {
        return event.details().schedule().zone();
    }

    public boolean acceptsComments() {
        return interactive && mode.acceptsComments();
    }

    public boolean mayReplyTo(Comment comment) {
        return acceptsComments() && comment.acceptsReplies();
    }

    public boolean isOwn(Comment comment) {
        return interactive && comment.isWrittenBy(viewer);
    }

    public String pageUrl(int page) {
        return "/events/" + event.slug() + "/comments" + (page > 1 ? "?page=" + page : "");
    }
}
