package de.offenekommune.registration.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * An organizer asks someone to let people in at the door: the personal door link, no account needed.
 *
 * @param validUntil when the link stops working, as the helper reads it
 */
public record CheckInHelperInvitedMail(EventFacts event, String name, String organizer, String doorUrl,
        String validUntil) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/check_in_helper_invited_to_helper";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(event.title());
    }
}
