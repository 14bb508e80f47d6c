package de.offenekommune.comment.internal;

import java.util.List;

import de.offenekommune.comment.Comment;

/**
 * A top-level comment with its replies, oldest first, as readers see it. Hidden and deleted comments
 * are included so that templates can show a placeholder in their place.
 */
public record CommentThread(Comment comment, List<Comment> replies) {
}
