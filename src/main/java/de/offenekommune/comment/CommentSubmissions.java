package de.offenekommune.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.comment.internal.CommentRefusedException.Reason;
import de.offenekommune.comment.internal.Admission;
import de.offenekommune.comment.internal.CommentBlocks;
import de.offenekommune.comment.internal.CommentKeys;
import de.offenekommune.comment.internal.CommentNotFoundException;
import de.offenekommune.comment.internal.CommentNotifications;
import de.offenekommune.comment.internal.CommentProperties;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentRules;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.CommentText;
import de.offenekommune.comment.internal.Comments;
import de.offenekommune.comment.internal.DiscussionSettings;
import de.offenekommune.comment.internal.DisplayNames;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.Moderators;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * New comments and replies, from the page or the API, and guests' confirmations.
 *
 * <p>Checks run cheapest and most telling first: is the discussion open, is this address flooding,
 * is the input valid, is the author blocked, was this text posted already, is this author flooding.
 * Rate-limit hits are counted outside the business transaction, so that refused attempts count too.
 */
@Service
public class CommentSubmissions {


    private final Events events;
    private final DiscussionSettings settings;
    private final Comments comments;
    private final CommentRules rules;
    private final CommentKeys keys;
    private final CommentBlocks blocks;
    private final RateLimiter rateLimiter;
    private final Moderators moderators;
    private final OrganizationDirectory organizations;
    private final CommentNotifications notifications;
    private final CommentProperties properties;
    private final SiteProperties site;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Counter submitted;

    @SuppressWarnings("java:S107")
    CommentSubmissions(Events events, DiscussionSettings settings, Comments comments, CommentRules rules,
            CommentKeys keys, CommentBlocks blocks, RateLimiter rateLimiter, Moderators moderators,
            OrganizationDirectory organizations, CommentNotifications notifications, CommentProperties properties,
            SiteProperties site, Clock clock, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.events = events;
        this.settings = settings;
        this.comments = comments;
        this.rules = rules;
        this.keys = keys;
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.moderators = moderators;
        this.organizations = organizations;
        this.notifications = notifications;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.submitted = Counter.builder("ok.comments")
                .description("New comments and replies, committed (guests' before their confirmation)")
                .register(meters);
    }

    /**
     * @throws CommentNotFoundException  when the event is not public or has no discussion
     * @throws CommentRefusedException   when the discussion is closed, the author blocked or flooding
     * @throws InvalidInputException   with every problem of the input
     */
    public SubmissionResult submit(Event event, CommentSubmission submission, Commenter who) {
        return submit(event, submission, who, now());
    }

    /**
     * A comment as if written at {@code writtenAt}, judged by the discussion as it was then: for what was
     * written before it came to this platform, such as the demo content's discussions of past events.
     */
    public SubmissionResult submit(Event event, CommentSubmission submission, Commenter who, Instant writtenAt) {
        ModerationMode mode = admit(event, who, writtenAt);
        Checked input = checkInput(event, submission, who);
        String emailHash = input.email() == null ? null : keys.emailHash(input.email());
        if (blocks.isBlocked(event.organizer(), subjects(who, emailHash))) {
            throw new CommentRefusedException(Reason.BLOCKED);
        }
        if (isDuplicate(event, who, emailHash, input.text(), null)) {
            Violations violations = new Violations();
            violations.add("text", "comment.text.duplicate");
            throw new InvalidInputException(violations);
        }
        CommentProperties.Limits limits = properties.limits();
        boolean withinLimit = who.isGuest()
                ? rateLimiter.tryAcquire("comment-email", emailHash, limits.perEmail(), limits.window())
                : rateLimiter.tryAcquire("comment-user", who.user().userId().toString(), limits.perUser(), limits.window());
        if (!withinLimit) {
            throw new CommentRefusedException(Reason.TOO_MANY);
        }
        SubmissionResult result = transaction.execute(status -> store(event, mode, who, input.parent(), input.name(),
                input.email(), emailHash, input.text(), submission.notifyReplies(), writtenAt));
        submitted.increment();
        return result;
    }

    /**
     * Checks a submission as {@link #submit} does up to the input's validity, without saving anything:
     * for a form that has to be sent once more, so that the person learns of every mistake first. Counts
     * towards the limit per network address like every submission.
     *
     * @throws CommentNotFoundException  when the event is not public or has no discussion
     * @throws CommentRefusedException   when the discussion is closed or this address is flooding
     * @throws InvalidInputException   with every problem of the input
     */
    public void check(Event event, CommentSubmission input, Commenter who) {
        admit(event, who, now());
        checkInput(event, input, who);
    }

    /** The discussion takes comments and this address is not flooding it; the mode in force. */
    private ModerationMode admit(Event event, Commenter who, Instant at) {
        ModerationMode mode = settings.modeOf(event, at);
        if (!event.isPublic() || !mode.isVisible()) {
            throw new CommentNotFoundException();
        }
        if (!mode.acceptsComments()) {
            throw new CommentRefusedException(Reason.CLOSED);
        }
        CommentProperties.Limits limits = properties.limits();
        if (who.address() != null
                && !rateLimiter.tryAcquire("comment-address", who.address(), limits.perAddress(), limits.window())) {
            throw new CommentRefusedException(Reason.TOO_MANY);
        }
        return mode;
    }

    private record Checked(String name, String email, String text, CommentId parent) {
    }

    private Checked checkInput(Event event, CommentSubmission input, Commenter who) {
        Violations violations = new Violations();
        String name = who.isGuest() ? DisplayNames.check(violations, "name", input.name(), protectedNames(event))
                : who.user().displayName();
        String email = who.isGuest() ? GuestEmails.check(violations, "email", input.email()) : null;
        String text = rules.checkText(violations, "text", input.text());
        CommentId parent = checkParent(violations, event, input.parentId());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(name, email, text, parent);
    }

    /**
     * A guest followed the confirmation link: the comment is published or queued, by the event's mode
     * at this moment.
     *
     * @throws CommentNotFoundException when the link is unknown, used or expired
     */
    public Comment confirm(String token) {
        if (!CommentKeys.isWellFormedToken(token)) {
            throw new CommentNotFoundException();
        }
        return transaction.execute(status -> {
            Comment comment = comments.findByConfirmTokenForUpdate(CommentKeys.tokenHash(token))
                    .filter(found -> !isExpired(found))
                    .orElseThrow(CommentNotFoundException::new);
            Event event = events.findById(comment.event()).filter(Event::isPublic)
                    .orElseThrow(CommentNotFoundException::new);
            Admission admission = rules.admission(settings.modeOf(event), false, comment.authorName(),
                    comment.body());
            boolean firstPublication = comment.confirm(admission, now(), properties.editWindow());
            comments.update(comment);
            comments.forgetConfirmToken(comment.id());
            announce(comment, event, firstPublication);
            return comment;
        });
    }

    /** The comment behind a confirmation link that is still valid, to show before confirming. */
    public java.util.Optional<Comment> findConfirmable(String token) {
        if (!CommentKeys.isWellFormedToken(token)) {
            return java.util.Optional.empty();
        }
        return comments.findByConfirmToken(CommentKeys.tokenHash(token)).filter(found -> !isExpired(found));
    }

    private SubmissionResult store(Event event, ModerationMode mode, Commenter who, CommentId parent, String name,
            String email, String emailHash, String text, boolean notifyReplies, Instant now) {
        if (parent != null) {
            comments.findByIdForUpdate(parent)
                    .filter(found -> found.event().equals(event.id()) && found.acceptsReplies())
                    .orElseThrow(() -> parentUnavailable(new Violations()));
        }
        if (who.isGuest()) {
            Comment comment = Comment.byGuest(event.id(), parent, name, email, emailHash, who.locale(), text,
                    notifyReplies, now);
            String confirmToken = CommentKeys.newToken();
            String manageToken = CommentKeys.newToken();
            comments.insert(comment, CommentKeys.tokenHash(confirmToken), CommentKeys.tokenHash(manageToken));
            notifications.askGuestToConfirm(comment, event, confirmToken, manageToken);
            return SubmissionResult.of(comment);
        }
        boolean moderates = moderators.mayModerate(who.user(), event);
        Comment comment = Comment.byUser(event.id(), parent, who.user().userId(), name,
                moderators.roleOf(who.user(), event), who.locale(), text, notifyReplies,
                rules.admission(mode, moderates, name, text), now, properties.editWindow());
        comments.insert(comment, null, null);
        announce(comment, event, comment.status() == CommentStatus.PUBLISHED);
        return SubmissionResult.of(comment);
    }

    /** Mails that follow a state change: replies announced once public, the queue told of new work. */
    public void announce(Comment comment, Event event, boolean firstPublication) {
        if (firstPublication) {
            notifications.tellAuthorOfReply(comment, event);
        } else if (comment.status() == CommentStatus.PENDING_REVIEW) {
            notifications.tellOrganizersOfReview(comment, event);
        }
    }

    boolean isDuplicate(Event event, Commenter who, String emailHash, String text, CommentId except) {
        String author = who.isGuest() ? emailHash : who.user().userId().toString();
        boolean longText = CommentText.significantLength(text) >= properties.duplicateMinLength();
        return comments.isDuplicate(event.id(), author, !who.isGuest(), CommentText.fingerprint(text), longText,
                now().minus(properties.duplicateWindow()), except);
    }

    /** Names guests may not take on for this event. */
    List<String> protectedNames(Event event) {
        List<String> names = new ArrayList<>(properties.reservedNames());
        names.add(site.name());
        organizations.find(event.organizer()).ifPresent(organization -> names.add(organization.name()));
        if (event.details().contact().name() != null) {
            names.add(event.details().contact().name());
        }
        return names;
    }

    private CommentId checkParent(Violations violations, Event event, String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return null;
        }
        return CommentId.parse(parentId)
                .flatMap(comments::findById)
                .filter(parent -> parent.event().equals(event.id()) && parent.acceptsReplies())
                .map(Comment::id)
                .orElseGet(() -> {
                    violations.add("parentId", "comment.parent.unavailable");
                    return null;
                });
    }

    private static InvalidInputException parentUnavailable(Violations violations) {
        violations.add("parentId", "comment.parent.unavailable");
        return new InvalidInputException(violations);
    }

    private static List<String> subjects(Commenter who, String emailHash) {
        return who.isGuest() ? List.of("email:" + emailHash) : List.of("user:" + who.user().userId());
    }

    private boolean isExpired(Comment comment) {
        return comment.createdAt().plus(properties.confirmationValidity()).isBefore(now());
    }

    private Instant now() {
        return clock.instant();
    }
}
