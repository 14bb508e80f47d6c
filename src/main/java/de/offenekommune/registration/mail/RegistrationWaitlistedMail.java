package de.offenekommune.registration.mail;

/**
 * Double opt-in for a place on the waitlist.
 */
public record RegistrationWaitlistedMail(EventFacts event, String name, int position, String confirmUrl,
        String confirmBy) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_waitlisted_to_registrant";
    }
}
