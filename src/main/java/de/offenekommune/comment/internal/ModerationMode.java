package de.offenekommune.comment.internal;

/**
 * How the discussion of one event is run; the platform operator sets the default.
 */
public enum ModerationMode {

    /** Comments are public at once (a guest's after confirming the email). */
    OPEN,
    /** Comments become public after an organizer or moderator approved them. */
    PRE_MODERATED,
    /** The discussion can be read but takes no new comments. */
    CLOSED,
    /** No discussion: the section is not shown. */
    OFF;

    public boolean isVisible() {
        return this != OFF;
    }

    public boolean acceptsComments() {
        return this == OPEN || this == PRE_MODERATED;
    }

    public String messageKey() {
        return "comment.mode." + name();
    }
}
