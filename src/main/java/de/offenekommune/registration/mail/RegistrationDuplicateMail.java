package de.offenekommune.registration.mail;

/**
 * Someone registered an address that is already registered: a fresh link for its owner.
 */
public record RegistrationDuplicateMail(EventFacts event, String name, boolean confirmNow, String link, int position,
        String confirmBy) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/registration_duplicate_to_registrant";
    }
}
