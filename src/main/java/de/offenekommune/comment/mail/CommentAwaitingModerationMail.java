package de.offenekommune.comment.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * A comment waits in the organizers' queue.
 *
 * @param reasonKey the message key of why it waits
 */
public record CommentAwaitingModerationMail(String eventTitle, String eventUrl, String authorName, String text,
        String reasonKey, String queueUrl) implements MailContent {

    @Override
    public String template() {
        return "comment/mail/comment_awaiting_moderation_to_organizer";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(eventTitle);
    }
}
