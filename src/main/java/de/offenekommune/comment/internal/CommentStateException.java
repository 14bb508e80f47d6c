package de.offenekommune.comment.internal;

import de.offenekommune.comment.CommentId;
import de.offenekommune.comment.internal.CommentStatus;

/** An action that the comment's current state does not allow, e.g. approving a published comment. */
public class CommentStateException extends RuntimeException {

    private final String action;

    public CommentStateException(CommentId id, CommentStatus status, String action) {
        super("Comment " + id + " in state " + status + " cannot " + action);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
