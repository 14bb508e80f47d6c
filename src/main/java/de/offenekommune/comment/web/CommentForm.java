package de.offenekommune.comment.web;

import java.util.Map;

import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.platform.web.FormErrors;

/**
 * The comment form exactly as submitted, so that whatever was typed can be shown again. Field names
 * carry a prefix because the form shares the event page with other sections' forms.
 *
 * @param commentStamp signed time the form was shown (see {@code FormStamps})
 * @param website      honeypot: invisible to people, filled in by many bots
 */
public record CommentForm(String commentName, String commentEmail, String commentText, String commentNotify,
        String commentParent, String commentStamp, String website) {

    public static CommentForm blank(String parentId) {
        return new CommentForm("", "", "", null, parentId, null, null);
    }

    public CommentForm withStamp(String stamp) {
        return new CommentForm(commentName, commentEmail, commentText, commentNotify, commentParent, stamp, null);
    }

    /** The same input as a top-level comment, when the comment it answered is gone. */
    public CommentForm withoutParent() {
        return new CommentForm(commentName, commentEmail, commentText, commentNotify, null, commentStamp, website);
    }

    public boolean notifyReplies() {
        return "true".equals(commentNotify);
    }

    public boolean isReply() {
        return commentParent != null && !commentParent.isBlank();
    }

    CommentSubmission toSubmission() {
        return new CommentSubmission(commentName, commentEmail, commentText, commentParent, notifyReplies());
    }

    /** The form field that shows a problem of the given input field. */
    /** The form's fields from top to bottom with their labels, for the error summary. */
    static final Map<String, String> FIELDS = FormErrors.fields("commentName", "comment.form.name",
            "commentEmail", "comment.form.email", "commentText", "comment.form.text");

    static String fieldName(String field) {
        return switch (field) {
            case "name" -> "commentName";
            case "email" -> "commentEmail";
            default -> "commentText";
        };
    }
}
