package de.offenekommune.comment.internal;

/**
 * The comment, its event or its discussion does not exist for this person: unknown, not public, or
 * someone else's. One answer for all, so that ids reveal nothing.
 */
public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException() {
        super("No such comment or discussion");
    }
}
