package de.offenekommune.comment;

/** What became of a new comment. */
public record SubmissionResult(Comment comment, Outcome outcome) {

    public enum Outcome {
        /** A guest must follow the link in the mail first. */
        CHECK_MAIL,
        PUBLISHED,
        AWAITING_REVIEW
    }

    static SubmissionResult of(Comment comment) {
        return new SubmissionResult(comment, switch (comment.status()) {
            case PENDING_CONFIRMATION -> Outcome.CHECK_MAIL;
            case PUBLISHED -> Outcome.PUBLISHED;
            default -> Outcome.AWAITING_REVIEW;
        });
    }
}
