package de.offenekommune.registration.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/** A mail to a registered person about their event: its subject names the event. */
public interface ParticipantMail extends MailContent {

    EventFacts event();

    @Override
    default List<Object> subjectArgs(MailContext mail) {
        return List.of(event().title());
    }
}
