package de.offenekommune.comment.internal;

/** Why a reader reports a comment. */
public enum ReportReason {
    SPAM, ABUSE, PERSONAL_DATA, ILLEGAL, OTHER;

    public String messageKey() {
        return "comment.reportReason." + name();
    }
}
