package de.offenekommune.comment.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.comment.mail.CommentAwaitingModerationMail;
import de.offenekommune.comment.mail.CommentConfirmationMail;
import de.offenekommune.comment.mail.CommentReplyMail;
import de.offenekommune.event.Event;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;

/**
 * The mails of the discussion, queued in the caller's transaction: the guest's confirmation link, the
 * organizers' "something waits for you" and the author's "someone answered".
 */
@Component
public class CommentNotifications {

    private final Outbox outbox;
    private final OrganizationDirectory organizations;
    private final UserAccounts accounts;
    private final Comments comments;
    private final CommentKeys keys;
    private final SiteProperties site;
    private final CommentProperties properties;

    CommentNotifications(Outbox outbox, OrganizationDirectory organizations, UserAccounts accounts, Comments comments,
            CommentKeys keys, SiteProperties site, CommentProperties properties) {
        this.properties = properties;
        this.outbox = outbox;
        this.organizations = organizations;
        this.accounts = accounts;
        this.comments = comments;
        this.keys = keys;
        this.site = site;
    }

    public void askGuestToConfirm(Comment comment, Event event, String confirmToken, String manageToken) {
        var content = new CommentConfirmationMail(event.details().title(), eventUrl(event), comment.authorName(),
                comment.body(), site.absolute("/comments/confirm/" + confirmToken),
                site.absolute("/comments/manage/" + manageToken), comment.notifyReplies(),
                properties.confirmationValidity().toHours());
        outbox.enqueue(new Mail(comment.guestEmail(), comment.locale(), content, null,
                "comment-confirmation:" + comment.id()));
    }

    /** Tells every member of the organizing organization that a comment waits in the queue. */
    public void tellOrganizersOfReview(Comment comment, Event event) {
        var content = new CommentAwaitingModerationMail(event.details().title(), eventUrl(event), comment.authorName(),
                comment.body(), comment.reviewReason() == null ? ReviewReason.PRE_MODERATED.messageKey()
                        : comment.reviewReason().messageKey(),
                site.absolute("/manage/events/" + event.id() + "/comments"));
        for (String recipient : organizations.memberEmails(event.organizer())) {
            outbox.enqueue(new Mail(recipient, Locale.GERMAN, content, null,
                    "comment-review:" + comment.id() + ":" + comment.reviewReason() + ":"
                            + (comment.editedAt() == null ? "" : comment.editedAt().toEpochMilli()) + ":"
                            + keys.hmac(recipient.toLowerCase(Locale.ROOT)).substring(0, 16)));
        }
    }

    /** A reply became public: its parent's author hears of it if they asked to. */
    public void tellAuthorOfReply(Comment reply, Event event) {
        if (reply.parent() == null) {
            return;
        }
        Comment parent = comments.findById(reply.parent()).orElse(null);
        if (parent == null || !parent.notifyReplies() || parent.status() == CommentStatus.DELETED
                || sameAuthor(parent, reply)) {
            return;
        }
        Optional<String> recipient = parent.isGuest() ? Optional.ofNullable(parent.guestEmail())
                : accounts.findById(new UserId(parent.authorUserId())).filter(UserAccount::enabled).map(UserAccount::email);
        if (recipient.isEmpty()) {
            return;
        }
        var content = new CommentReplyMail(event.details().title(), reply.authorName(), reply.body(),
                site.absolute("/comments/" + reply.id()), site.absolute("/comments/" + parent.id() + "/unsubscribe?sig="
                        + keys.unsubscribeSignature(parent.id())));
        outbox.enqueue(new Mail(recipient.get(), parent.locale(), content, null, "comment-reply:" + reply.id()));
    }

    private static boolean sameAuthor(Comment parent, Comment reply) {
        if (!parent.isGuest()) {
            return parent.isWrittenBy(reply.authorUserId());
        }
        return parent.guestEmailHash() != null && parent.guestEmailHash().equals(reply.guestEmailHash());
    }

    private String eventUrl(Event event) {
        return site.absolute("/events/" + event.slug());
    }
}
