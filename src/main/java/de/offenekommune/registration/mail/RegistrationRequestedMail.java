package de.offenekommune.registration.mail;

/**
 * Double opt-in: the link that confirms the address and the seat.
 */
public record RegistrationRequestedMail(EventFacts event, String name, String confirmUrl, String confirmBy)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_requested_to_registrant";
    }
}
