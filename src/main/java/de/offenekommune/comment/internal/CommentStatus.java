package de.offenekommune.comment.internal;

/**
 * Where a comment stands. Only {@link #PUBLISHED} comments are readable by the public; {@link #HIDDEN}
 * ones and deleted ones that still carry replies leave a neutral placeholder in the thread.
 */
public enum CommentStatus {

    /** A guest wrote it and has not yet followed the link in the confirmation mail. */
    PENDING_CONFIRMATION,
    /** Waits in the moderation queue. */
    PENDING_REVIEW,
    PUBLISHED,
    /** Refused from the queue with a reason; never was public. */
    REJECTED,
    /** Taken down by moderation, or by readers' reports until someone reviews it. */
    HIDDEN,
    /** Deleted by its author; text and name are gone. */
    DELETED;

    public String messageKey() {
        return "comment.status." + name();
    }
}
