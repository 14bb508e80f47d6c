package de.offenekommune.registration.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * The organizer's own words to a participant.
 */
public record OrganizerMessageMail(String eventTitle, String eventUrl, String organizer, String message)
        implements MailContent {

    @Override
    public String template() {
        return "registration/mail/organizer_message_to_participant";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(eventTitle);
    }
}
