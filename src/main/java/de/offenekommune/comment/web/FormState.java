package de.offenekommune.comment.web;

import de.offenekommune.comment.Comment;
import de.offenekommune.platform.web.FormErrors;

/**
 * The comment form as a template shows it.
 *
 * @param sendAgain message asking to send the form once more (nothing was saved), or {@code null}
 * @param parent    the comment answered, or {@code null}
 * @param guest     whether the writer is not logged in and must give name and email
 * @param maxLength characters allowed
 * @param maxLinks  web addresses allowed
 * @param eventId   the event's id, for the form's time stamp ({@link CommentStamp})
 */
public record FormState(CommentForm form, FormErrors errors, String sendAgain, Comment parent, String action,
        boolean guest, int maxLength, int maxLinks, String eventId) {

    /** Whether the form was sent and came back: it belongs at the top of the page then. */
    public boolean cameBack() {
        return !errors.isEmpty() || sendAgain != null;
    }
}
