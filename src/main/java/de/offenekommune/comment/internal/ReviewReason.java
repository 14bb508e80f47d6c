package de.offenekommune.comment.internal;

/** Why a comment waits for a person to look at it. */
public enum ReviewReason {

    /** The event is pre-moderated. */
    PRE_MODERATED,
    /** The text contains a word of the operator's review list. */
    WORD_LIST,
    /** The discussion was closed between writing and confirming. */
    CLOSED,
    /** Enough readers reported it; it is hidden until reviewed. */
    REPORTS;

    public String messageKey() {
        return "comment.reviewReason." + name();
    }
}
