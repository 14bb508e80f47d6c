package de.offenekommune.registration.mail;

/**
 * The address is confirmed.
 *
 * @param position the place on the waitlist, or 0 for a seat
 */
public record RegistrationConfirmedMail(EventFacts event, String name, String personalUrl, int position)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_confirmed_to_registrant";
    }
}
