package de.offenekommune.registration.mail;

/**
 * The event has a new date or place.
 */
public record EventRescheduledMail(EventFacts event, String name, String personalUrl) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/event_rescheduled_to_participant";
    }
}
