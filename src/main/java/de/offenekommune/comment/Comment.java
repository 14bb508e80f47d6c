package de.offenekommune.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import de.offenekommune.comment.internal.Admission;
import de.offenekommune.comment.internal.AuthorRole;
import de.offenekommune.comment.internal.CommentStateException;
import de.offenekommune.comment.internal.CommentStatus;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.ModuleInternal;

/**
 * One comment or reply and its life from writing to publication, moderation and deletion. Every state
 * change is a method that guards its rule.
 */
public class Comment {

    private final CommentId id;
    private final EventId event;
    private final CommentId parent;
    private final UUID authorUserId;
    private final AuthorRole authorRole;
    private final Locale locale;
    private final Instant createdAt;
    private String authorName;
    private String guestEmail;
    private String guestEmailHash;
    private String body;
    private boolean notifyReplies;
    private CommentStatus status;
    private ReviewReason reviewReason;
    private String moderationReason;
    private Instant confirmedAt;
    private Instant publishedAt;
    private Instant editedAt;
    private Instant editableUntil;
    private Instant moderatedAt;

    @SuppressWarnings("java:S107")
    public Comment(CommentId id, EventId event, CommentId parent, UUID authorUserId, String authorName, AuthorRole authorRole,
            String guestEmail, String guestEmailHash, Locale locale, String body, boolean notifyReplies,
            CommentStatus status, ReviewReason reviewReason, String moderationReason, Instant createdAt,
            Instant confirmedAt, Instant publishedAt, Instant editedAt, Instant editableUntil, Instant moderatedAt) {
        this.id = id;
        this.event = event;
        this.parent = parent;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.authorRole = authorRole;
        this.guestEmail = guestEmail;
        this.guestEmailHash = guestEmailHash;
        this.locale = locale;
        this.body = body;
        this.notifyReplies = notifyReplies;
        this.status = status;
        this.reviewReason = reviewReason;
        this.moderationReason = moderationReason;
        this.createdAt = createdAt;
        this.confirmedAt = confirmedAt;
        this.publishedAt = publishedAt;
        this.editedAt = editedAt;
        this.editableUntil = editableUntil;
        this.moderatedAt = moderatedAt;
    }

    /** A logged-in user's comment: no confirmation, public at once unless it must be reviewed. */
    static Comment byUser(EventId event, CommentId parent, UUID userId, String name, AuthorRole role, Locale locale,
            String body, boolean notifyReplies, Admission admission, Instant now, Duration editWindow) {
        Comment comment = new Comment(CommentId.random(), event, parent, userId, name, role, null, null, locale, body,
                notifyReplies, CommentStatus.PENDING_REVIEW, null, null, now, now, null, null, now.plus(editWindow), null);
        comment.admit(admission, now);
        return comment;
    }

    /** A guest's comment: it waits until the guest confirms the email address. */
    static Comment byGuest(EventId event, CommentId parent, String name, String email, String emailHash, Locale locale,
            String body, boolean notifyReplies, Instant now) {
        return new Comment(CommentId.random(), event, parent, null, name, null, email, emailHash, locale, body,
                notifyReplies, CommentStatus.PENDING_CONFIRMATION, null, null, now, null, null, null, null, null);
    }

    /**
     * The guest followed the confirmation link. The email stays only if they want to hear of replies.
     *
     * @return whether the comment became public now for the first time
     */
    boolean confirm(Admission admission, Instant now, Duration editWindow) {
        require(status == CommentStatus.PENDING_CONFIRMATION, "confirm");
        confirmedAt = now;
        editableUntil = now.plus(editWindow);
        if (!notifyReplies) {
            guestEmail = null;
        }
        return admit(admission, now);
    }

    /** @return whether the comment became public now for the first time */
    @ModuleInternal
    public boolean approve(Instant now) {
        require(status == CommentStatus.PENDING_REVIEW, "approve");
        moderatedAt = now;
        moderationReason = null;
        return admit(Admission.PUBLISH, now);
    }

    public void reject(String reason, Instant now) {
        require(status == CommentStatus.PENDING_REVIEW, "reject");
        status = CommentStatus.REJECTED;
        reviewReason = null;
        moderationReason = reason;
        moderatedAt = now;
    }

    /** Takes a public comment down, or confirms that one hidden by readers' reports stays hidden. */
    @ModuleInternal
    public void hide(String reason, Instant now) {
        require(status == CommentStatus.PUBLISHED || isHiddenByReports(), "hide");
        status = CommentStatus.HIDDEN;
        reviewReason = null;
        moderationReason = reason;
        moderatedAt = now;
    }

    /** Enough distinct readers reported it: hidden until someone reviews it. */
    public void hideForReview() {
        require(status == CommentStatus.PUBLISHED, "hide");
        status = CommentStatus.HIDDEN;
        reviewReason = ReviewReason.REPORTS;
    }

    /**
     * Makes a hidden or rejected comment public again.
     *
     * @return whether the comment became public now for the first time
     */
    public boolean restore(Instant now) {
        require(status == CommentStatus.HIDDEN || status == CommentStatus.REJECTED, "restore");
        moderatedAt = now;
        moderationReason = null;
        return admit(Admission.PUBLISH, now);
    }

    /**
     * The author corrects the text within the edit window. A public comment that now needs review
     * (pre-moderation, review word) leaves the thread until approved.
     */
    public void edit(String newBody, Admission admission, Instant now) {
        require(isEditable(now), "edit");
        body = newBody;
        editedAt = now;
        if (status == CommentStatus.PUBLISHED && !admission.publishes()) {
            status = CommentStatus.PENDING_REVIEW;
            reviewReason = admission.reviewReason();
        } else if (status == CommentStatus.PENDING_REVIEW && reviewReason == ReviewReason.WORD_LIST
                && admission.publishes()) {
            // The only reason to wait is gone.
            admit(admission, now);
        }
    }

    /** The author takes the comment back: text, name and email are gone; replies keep their place. */
    public void deleteByAuthor() {
        require(status != CommentStatus.DELETED, "delete");
        status = CommentStatus.DELETED;
        body = "";
        authorName = "";
        guestEmail = null;
        guestEmailHash = null;
        notifyReplies = false;
        reviewReason = null;
    }

    /** The author no longer wants mail about replies; a guest's address is then no longer needed. */
    public void stopReplyNotifications() {
        notifyReplies = false;
        if (isGuest() && confirmedAt != null) {
            guestEmail = null;
        }
    }

    /** Whether the author may still change the text. */
    public boolean isEditable(Instant now) {
        return switch (status) {
            case PENDING_CONFIRMATION -> true;
            case PENDING_REVIEW, PUBLISHED -> editableUntil != null && now.isBefore(editableUntil);
            default -> false;
        };
    }

    public boolean isDeletable() {
        return status != CommentStatus.DELETED;
    }

    /** Only public top-level comments take replies: one level, never to hidden or unpublished ones. */
    public boolean acceptsReplies() {
        return parent == null && status == CommentStatus.PUBLISHED;
    }

    public boolean isHiddenByReports() {
        return status == CommentStatus.HIDDEN && reviewReason == ReviewReason.REPORTS;
    }

    public boolean isGuest() {
        return authorUserId == null;
    }

    public boolean isWrittenBy(UUID userId) {
        return userId != null && userId.equals(authorUserId);
    }

    private boolean admit(Admission admission, Instant now) {
        if (!admission.publishes()) {
            status = CommentStatus.PENDING_REVIEW;
            reviewReason = admission.reviewReason();
            return false;
        }
        boolean first = publishedAt == null;
        status = CommentStatus.PUBLISHED;
        reviewReason = null;
        if (first) {
            publishedAt = now;
        }
        return first;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new CommentStateException(id, status, action);
        }
    }

    public CommentId id() {
        return id;
    }

    public EventId event() {
        return event;
    }

    /** The comment this one answers, or {@code null} for a top-level comment. */
    public CommentId parent() {
        return parent;
    }

    public UUID authorUserId() {
        return authorUserId;
    }

    public String authorName() {
        return authorName;
    }

    public AuthorRole authorRole() {
        return authorRole;
    }

    /** Never shown anywhere; {@code null} once no longer needed. */
    public String guestEmail() {
        return guestEmail;
    }

    public String guestEmailHash() {
        return guestEmailHash;
    }

    public Locale locale() {
        return locale;
    }

    public String body() {
        return body;
    }

    public boolean notifyReplies() {
        return notifyReplies;
    }

    public CommentStatus status() {
        return status;
    }

    public ReviewReason reviewReason() {
        return reviewReason;
    }

    public String moderationReason() {
        return moderationReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant editableUntil() {
        return editableUntil;
    }

    public Instant moderatedAt() {
        return moderatedAt;
    }
}
