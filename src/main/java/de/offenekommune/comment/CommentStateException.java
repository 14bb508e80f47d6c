package de.offenekommune.comment;

/** An action that the comment's current state does not allow, e.g. approving a published comment. */
public class CommentStateException extends RuntimeException {

    private final String action;

    CommentStateException(CommentId id, CommentStatus status, String action) {
        super("Comment " + id + " in state " + status + " cannot " + action);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
