package de.offenekommune.comment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentRefusedException.Reason;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ModerationLog.Action;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.comment.internal.ReportReason;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.Violations;

/**
 * Readers reporting comments. Each person counts once per comment (user id, or a keyed hash of the
 * address for guests); once {@code ok.comments.report-threshold} distinct people reported a public
 * comment, it is hidden until an organizer or moderator reviews it.
 */
@Service
public class CommentReporting {

    static final int NOTE_MAX = 1_000;

    private final Comments comments;
    private final CommentReports reports;
    private final Events events;
    private final DiscussionSettings settings;
    private final ModerationLog log;
    private final CommentKeys keys;
    private final RateLimiter rateLimiter;
    private final CommentNotifications notifications;
    private final CommentProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    @SuppressWarnings("java:S107")
    CommentReporting(Comments comments, CommentReports reports, Events events, DiscussionSettings settings,
            ModerationLog log, CommentKeys keys, RateLimiter rateLimiter, CommentNotifications notifications,
            CommentProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.comments = comments;
        this.reports = reports;
        this.events = events;
        this.settings = settings;
        this.log = log;
        this.keys = keys;
        this.rateLimiter = rateLimiter;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A public comment that readers may report, or not found. */
    public Comment findReportable(CommentId id) {
        return comments.findById(id)
                .filter(comment -> comment.status() == CommentStatus.PUBLISHED)
                .filter(comment -> events.findById(comment.event()).filter(Event::isPublic).isPresent()
                        && settings.chosenMode(comment.event()).isVisible())
                .orElseThrow(CommentNotFoundException::new);
    }

    /** The event of a comment, whatever its state. */
    public de.offenekommune.event.EventId findEvent(CommentId id) {
        return comments.findById(id).map(Comment::event).orElseThrow(CommentNotFoundException::new);
    }

    /**
     * @param reason  the reason as sent, e.g. {@code "SPAM"}
     * @param userId  the reporting user, or {@code null} for a guest
     * @param address the reporter's network address
     * @return whether the comment is now hidden pending review
     */
    public boolean report(CommentId id, String reason, String note, UUID userId, String address) {
        findReportable(id);
        CommentProperties.Limits limits = properties.limits();
        if (!rateLimiter.tryAcquire("comment-report", address, limits.reportsPerAddress(), limits.window())) {
            throw new CommentRefusedException(Reason.TOO_MANY);
        }
        Violations violations = new Violations();
        ReportReason parsed = parseReason(violations, reason);
        String cleanNote = InputText.multiLine(note);
        violations.limitText("note", cleanNote, NOTE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String reporter = keys.reporterKey(userId, address);
        Boolean hidden = transaction.execute(status -> {
            // The row lock makes concurrent reports count one after another.
            Comment comment = comments.findByIdForUpdate(id)
                    .filter(found -> found.status() == CommentStatus.PUBLISHED)
                    .orElse(null);
            if (comment == null || !reports.add(id, reporter, parsed, cleanNote, now())) {
                return false;
            }
            if (reports.countOpen(id) < properties.reportThreshold()) {
                return false;
            }
            comment.hideForReview();
            comments.update(comment);
            log.record(comment.event(), id, null, null, Action.HIDDEN_BY_REPORTS, null, now());
            events.findById(comment.event()).ifPresent(event -> notifications.tellOrganizersOfReview(comment, event));
            return true;
        });
        return Boolean.TRUE.equals(hidden);
    }

    private static ReportReason parseReason(Violations violations, String reason) {
        try {
            return ReportReason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            violations.add("reason", "comment.report.reasonMissing");
            return null;
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
