package de.offenekommune.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.event.Event;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;

/**
 * The mails of the discussion, queued in the caller's transaction: the guest's confirmation link, the
 * organizers' "something waits for you" and the author's "someone answered".
 */
@Component
class CommentNotifications {

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

    void askGuestToConfirm(Comment comment, Event event, String confirmToken, String manageToken) {
        Map<String, Object> model = eventModel(event);
        model.put("authorName", comment.authorName());
        model.put("text", comment.body());
        model.put("confirmUrl", site.absolute("/comments/confirm/" + confirmToken));
        model.put("manageUrl", site.absolute("/comments/manage/" + manageToken));
        model.put("notifyReplies", comment.notifyReplies());
        model.put("validHours", properties.confirmationValidity().toHours());
        outbox.enqueue(new Mail(comment.guestEmail(), comment.locale(), "comment_confirmation_to_guest",
                List.of(event.details().title()), model, null, "comment-confirmation:" + comment.id()));
    }

    /** Tells every member of the organizing organization that a comment waits in the queue. */
    void tellOrganizersOfReview(Comment comment, Event event) {
        Map<String, Object> model = eventModel(event);
        model.put("authorName", comment.authorName());
        model.put("text", comment.body());
        model.put("reasonKey", comment.reviewReason() == null ? ReviewReason.PRE_MODERATED.messageKey()
                : comment.reviewReason().messageKey());
        model.put("queueUrl", site.absolute("/manage/events/" + event.id() + "/comments"));
        for (String recipient : organizations.memberEmails(event.organizer())) {
            outbox.enqueue(new Mail(recipient, Locale.GERMAN, "comment_awaiting_moderation_to_organizer",
                    List.of(event.details().title()), model, null,
                    "comment-review:" + comment.id() + ":" + comment.reviewReason() + ":"
                            + (comment.editedAt() == null ? "" : comment.editedAt().toEpochMilli()) + ":"
                            + keys.hmac(recipient.toLowerCase(Locale.ROOT)).substring(0, 16)));
        }
    }

    /** A reply became public: its parent's author hears of it if they asked to. */
    void tellAuthorOfReply(Comment reply, Event event) {
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
        Map<String, Object> model = eventModel(event);
        model.put("replyAuthor", reply.authorName());
        model.put("text", reply.body());
        model.put("replyUrl", site.absolute("/comments/" + reply.id()));
        model.put("unsubscribeUrl", site.absolute("/comments/" + parent.id() + "/unsubscribe?sig="
                + keys.unsubscribeSignature(parent.id())));
        outbox.enqueue(new Mail(recipient.get(), parent.locale(), "comment_reply_to_author",
                List.of(event.details().title()), model, null, "comment-reply:" + reply.id()));
    }

    private static boolean sameAuthor(Comment parent, Comment reply) {
        if (!parent.isGuest()) {
            return parent.isWrittenBy(reply.authorUserId());
        }
        return parent.guestEmailHash() != null && parent.guestEmailHash().equals(reply.guestEmailHash());
    }

    private Map<String, Object> eventModel(Event event) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", event.details().title());
        model.put("eventUrl", site.absolute("/events/" + event.slug()));
        return model;
    }
}
