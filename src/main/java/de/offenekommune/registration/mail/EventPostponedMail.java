package de.offenekommune.registration.mail;

/**
 * The event is postponed to a date still open.
 *
 * @param note the organizer's note, empty for none
 */
public record EventPostponedMail(EventFacts event, String name, String note, String personalUrl)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/event_postponed_to_participant";
    }
}
