package de.offenekommune.comment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentRefusedException.Reason;
import de.offenekommune.comment.internal.CommentRefusedException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/**
 * Authors changing their own comments: guests through the personal link from their confirmation mail,
 * users through their account. Authorship is proven by the token or the user id, never by a comment id
 * alone; for anyone else the comment does not exist.
 */
@Service
public class CommentAuthoring {

    private final Comments comments;
    private final Events events;
    private final DiscussionSettings settings;
    private final CommentRules rules;
    private final Moderators moderators;
    private final CommentSubmissions submissions;
    private final CommentKeys keys;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CommentAuthoring(Comments comments, Events events, DiscussionSettings settings, CommentRules rules,
            Moderators moderators, CommentSubmissions submissions, CommentKeys keys, Clock clock,
            PlatformTransactionManager transactions) {
        this.comments = comments;
        this.events = events;
        this.settings = settings;
        this.rules = rules;
        this.moderators = moderators;
        this.submissions = submissions;
        this.keys = keys;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The comment behind a guest's personal link. */
    public Optional<Comment> findByManageToken(String token) {
        return CommentKeys.isWellFormedToken(token) ? comments.findByManageToken(CommentKeys.tokenHash(token))
                : Optional.empty();
    }

    /** A comment of the user, or not found. */
    public Comment findOwn(AccountPrincipal user, CommentId id) {
        return comments.findById(id)
                .filter(comment -> user != null && comment.isWrittenBy(user.userId()))
                .orElseThrow(CommentNotFoundException::new);
    }

    public Comment editAsGuest(String token, String text) {
        return edit(() -> lockByToken(token), null, text);
    }

    public Comment editAsUser(AccountPrincipal user, CommentId id, String text) {
        return edit(() -> lockOwn(user, id), user, text);
    }

    public Comment deleteAsGuest(String token) {
        return delete(() -> lockByToken(token));
    }

    public Comment deleteAsUser(AccountPrincipal user, CommentId id) {
        return delete(() -> lockOwn(user, id));
    }

    /**
     * Stops reply mails for a comment, from the signed link in such a mail.
     *
     * @return whether the signature was right
     */
    public boolean stopReplyNotifications(CommentId id, String signature) {
        if (!keys.isUnsubscribeSignature(id, signature)) {
            return false;
        }
        transaction.executeWithoutResult(status -> comments.findByIdForUpdate(id).ifPresent(comment -> {
            comment.stopReplyNotifications();
            comments.update(comment);
        }));
        return true;
    }

    private Comment edit(Supplier<Comment> lock, AccountPrincipal user, String input) {
        Violations violations = new Violations();
        String text = rules.checkText(violations, "text", input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return transaction.execute(status -> {
            Comment comment = lock.get();
            Event event = events.findById(comment.event()).orElseThrow(CommentNotFoundException::new);
            ModerationMode mode = settings.modeOf(event);
            if (!mode.acceptsComments()) {
                throw new CommentRefusedException(Reason.CLOSED);
            }
            if (!comment.isEditable(now())) {
                throw new CommentStateException(comment.id(), comment.status(), "edit");
            }
            boolean moderates = user != null && moderators.mayModerate(user, event);
            CommentStatus before = comment.status();
            boolean wasPublic = comment.publishedAt() != null;
            comment.edit(text, rules.admission(mode, moderates, comment.authorName(), text), now());
            comments.update(comment);
            if (before != comment.status()) {
                submissions.announce(comment, event, !wasPublic && comment.status() == CommentStatus.PUBLISHED);
            }
            return comment;
        });
    }

    private Comment delete(Supplier<Comment> lock) {
        return transaction.execute(status -> {
            Comment comment = lock.get();
            comment.deleteByAuthor();
            comments.update(comment);
            comments.forgetConfirmToken(comment.id());
            return comment;
        });
    }

    private Comment lockByToken(String token) {
        if (!CommentKeys.isWellFormedToken(token)) {
            throw new CommentNotFoundException();
        }
        return comments.findByManageTokenForUpdate(CommentKeys.tokenHash(token))
                .orElseThrow(CommentNotFoundException::new);
    }

    private Comment lockOwn(AccountPrincipal user, CommentId id) {
        return comments.findByIdForUpdate(id)
                .filter(comment -> user != null && comment.isWrittenBy(user.userId()))
                .orElseThrow(CommentNotFoundException::new);
    }

    private Instant now() {
        return clock.instant();
    }
}
