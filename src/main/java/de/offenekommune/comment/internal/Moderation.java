package de.offenekommune.comment.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentRefusedException.Reason;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.internal.ModerationLog.Action;
import de.offenekommune.comment.internal.ModerationLog;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/**
 * What organizers and platform moderators do with comments. Each action checks the person's right on
 * the comment's event, applies the comment's rule and is written to the moderation log with who, when
 * and why. A comment is addressed through its event, so an id from another event finds nothing.
 */
@Service
public class Moderation {

    static final int REASON_MAX = 1_000;

    private final Events events;
    private final Comments comments;
    private final CommentReports reports;
    private final CommentBlocks blocks;
    private final ModerationLog log;
    private final DiscussionSettings settings;
    private final Moderators moderators;
    private final OrganizationDirectory organizations;
    private final CommentSubmissions submissions;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    Moderation(Events events, Comments comments, CommentReports reports, CommentBlocks blocks, ModerationLog log,
            DiscussionSettings settings, Moderators moderators, OrganizationDirectory organizations,
            CommentSubmissions submissions, Clock clock) {
        this.events = events;
        this.comments = comments;
        this.reports = reports;
        this.blocks = blocks;
        this.log = log;
        this.settings = settings;
        this.moderators = moderators;
        this.organizations = organizations;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The event, if the user may moderate its discussion. */
    public Event moderatedEvent(AccountPrincipal user, EventId id) {
        return events.findById(id)
                .filter(event -> moderators.mayModerate(user, event))
                .orElseThrow(CommentNotFoundException::new);
    }

    @Transactional
    public void changeMode(AccountPrincipal user, EventId eventId, ModerationMode mode) {
        Event event = moderatedEvent(user, eventId);
        settings.choose(event.id(), mode, user.userId());
        log.record(event.id(), null, user.userId(), user.displayName(), Action.MODE_CHANGED, mode.name(), now());
    }

    @Transactional
    public void approve(AccountPrincipal user, EventId eventId, CommentId id) {
        Event event = moderatedEvent(user, eventId);
        Comment comment = lock(event, id);
        boolean firstPublication = comment.approve(now());
        save(comment, user, Action.APPROVED, null);
        submissions.announce(comment, event, firstPublication);
    }

    @Transactional
    public void reject(AccountPrincipal user, EventId eventId, CommentId id, String reason) {
        String why = requireReason(reason);
        Comment comment = lock(moderatedEvent(user, eventId), id);
        comment.reject(why, now());
        save(comment, user, Action.REJECTED, why);
    }

    @Transactional
    public void hide(AccountPrincipal user, EventId eventId, CommentId id, String reason) {
        String why = requireReason(reason);
        Comment comment = lock(moderatedEvent(user, eventId), id);
        comment.hide(why, now());
        save(comment, user, Action.HIDDEN, why);
    }

    @Transactional
    public void restore(AccountPrincipal user, EventId eventId, CommentId id) {
        Event event = moderatedEvent(user, eventId);
        Comment comment = lock(event, id);
        boolean firstPublication = comment.restore(now());
        save(comment, user, Action.RESTORED, null);
        submissions.announce(comment, event, firstPublication);
    }

    /** The reports of a public comment are unfounded: it stays, and they no longer count. */
    @Transactional
    public void dismissReports(AccountPrincipal user, EventId eventId, CommentId id) {
        Comment comment = lock(moderatedEvent(user, eventId), id);
        if (comment.status() != CommentStatus.PUBLISHED) {
            throw new CommentStateException(id, comment.status(), "dismiss");
        }
        save(comment, user, Action.REPORTS_DISMISSED, null);
    }

    /**
     * Blocks the comment's author from commenting: on the organization's events, or everywhere when a
     * platform moderator asks for it.
     */
    @Transactional
    public void block(AccountPrincipal user, EventId eventId, CommentId id, String reason, boolean platformWide) {
        Event event = moderatedEvent(user, eventId);
        Comment comment = lock(event, id);
        String subject = comment.isGuest()
                ? comment.guestEmailHash() == null ? null : "email:" + comment.guestEmailHash()
                : comment.authorUserId() == null ? null : "user:" + comment.authorUserId();
        if (subject == null || comment.status() == CommentStatus.DELETED) {
            throw new CommentRefusedException(Reason.NOTHING_TO_BLOCK);
        }
        String why = InputText.multiLine(reason);
        Violations violations = new Violations();
        violations.limitText("reason", why, REASON_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String scope = CommentBlocks.scopeOf(platformWide && user.isModerator() ? null : event.organizer());
        blocks.add(scope, subject, comment.authorName(), why, user.userId());
        log.record(event.id(), id, user.userId(), user.displayName(), Action.AUTHOR_BLOCKED, why, now());
    }

    /**
     * Lifts a block. Platform-wide blocks only platform moderators lift; an organization's blocks its
     * organizers too.
     */
    @Transactional
    public void unblock(AccountPrincipal user, String scope, String subject, EventId fromEvent) {
        boolean allowed = CommentBlocks.PLATFORM.equals(scope) ? user.isModerator()
                : parseOrganization(scope) != null && (user.isModerator()
                        || organizations.mayManage(user, parseOrganization(scope)));
        if (!allowed || !blocks.remove(scope, subject)) {
            throw new CommentNotFoundException();
        }
        log.record(fromEvent, null, user.userId(), user.displayName(), Action.AUTHOR_UNBLOCKED, null, now());
    }

    private Comment lock(Event event, CommentId id) {
        return comments.findByIdForUpdate(id)
                .filter(comment -> comment.event().equals(event.id()))
                .filter(comment -> comment.status() != CommentStatus.PENDING_CONFIRMATION)
                .orElseThrow(CommentNotFoundException::new);
    }

    private void save(Comment comment, AccountPrincipal user, Action action, String reason) {
        comments.update(comment);
        reports.markReviewed(comment.id(), now());
        log.record(comment.event(), comment.id(), user.userId(), user.displayName(), action, reason, now());
    }

    private static String requireReason(String reason) {
        String why = InputText.multiLine(reason);
        Violations violations = new Violations();
        violations.requireText("reason", why, REASON_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return why;
    }

    private static OrganizationId parseOrganization(String scope) {
        try {
            return new OrganizationId(java.util.UUID.fromString(scope));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
