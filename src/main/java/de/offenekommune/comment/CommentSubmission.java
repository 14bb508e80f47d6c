package de.offenekommune.comment;

/**
 * A new comment or reply as written, before any check.
 *
 * @param name     a guest's display name; ignored for logged-in users
 * @param email    a guest's email; ignored for logged-in users
 * @param parentId the comment answered, or {@code null}
 */
public record CommentSubmission(String name, String email, String text, String parentId, boolean notifyReplies) {
}
