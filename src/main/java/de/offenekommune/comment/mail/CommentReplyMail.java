package de.offenekommune.comment.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * Someone answered a comment whose author asked to hear of replies.
 */
public record CommentReplyMail(String eventTitle, String replyAuthor, String text, String replyUrl,
        String unsubscribeUrl) implements MailContent {

    @Override
    public String template() {
        return "comment/mail/comment_reply_to_author";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(eventTitle);
    }
}
