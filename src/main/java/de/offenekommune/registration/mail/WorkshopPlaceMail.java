package de.offenekommune.registration.mail;

/** Someone gave up a workshop place, and the person next in line for it has it now. */
public record WorkshopPlaceMail(EventFacts event, String name, String workshop) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/workshop_place_to_registrant";
    }
}
