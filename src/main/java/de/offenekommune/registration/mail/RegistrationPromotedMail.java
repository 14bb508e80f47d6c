package de.offenekommune.registration.mail;

/**
 * A seat became free.
 *
 * @param link confirms the address when {@code confirmNow}, else opens the personal page
 */
public record RegistrationPromotedMail(EventFacts event, String name, boolean confirmNow, String link, String confirmBy)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_promoted_to_registrant";
    }
}
