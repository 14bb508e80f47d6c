package de.offenekommune.comment.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * A guest confirms their comment by this link.
 */
public record CommentConfirmationMail(String eventTitle, String eventUrl, String authorName, String text,
        String confirmUrl, String manageUrl, boolean notifyReplies, long validHours) implements MailContent {

    @Override
    public String template() {
        return "comment/mail/comment_confirmation_to_guest";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(eventTitle);
    }
}
