package de.offenekommune.registration.mail;

/**
 * The event is cancelled.
 *
 * @param reason the organizer's note, empty for none
 */
public record EventCancelledMail(EventFacts event, String name, String reason) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/event_cancelled_to_participant";
    }
}
