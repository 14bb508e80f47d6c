package de.offenekommune.registration.mail;

/**
 * The organizer moved the registration from its seat to the waitlist.
 */
public record RegistrationMovedToWaitlistMail(EventFacts event, String name, int position, String personalUrl)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_moved_to_waitlist_to_registrant";
    }
}
