package de.offenekommune.comment.internal;

/** The comment or report is refused as a whole, for a reason the person is told; nothing was saved. */
public class CommentRefusedException extends RuntimeException {

    public enum Reason {
        /** The discussion takes no comments now. */
        CLOSED(409),
        /** The author is on the block list. */
        BLOCKED(403),
        /** Too many submissions from this address, email or account. */
        TOO_MANY(429),
        /** The author cannot be blocked: a guest whose email is already deleted. */
        NOTHING_TO_BLOCK(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return "comment.refused." + name();
        }
    }

    private final Reason reason;

    public CommentRefusedException(Reason reason) {
        super("Comment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
