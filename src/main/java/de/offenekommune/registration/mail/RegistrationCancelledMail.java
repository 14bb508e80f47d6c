package de.offenekommune.registration.mail;

/**
 * The registration is cancelled.
 *
 * @param message the organizer's words to the person, empty for none
 */
public record RegistrationCancelledMail(EventFacts event, String name, boolean byOrganizer, String message)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_cancelled_to_registrant";
    }
}
