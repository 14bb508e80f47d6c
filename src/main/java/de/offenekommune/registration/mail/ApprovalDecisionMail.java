package de.offenekommune.registration.mail;

/**
 * The organizers accepted or declined a registration request.
 *
 * @param position    the place on the waitlist of an accepted person without a seat, else 0
 * @param personalUrl the personal page of an accepted person, empty when declined
 * @param message     the organizer's words to the person, empty for none
 */
public record ApprovalDecisionMail(EventFacts event, String name, boolean accepted, int position, String personalUrl,
        String message) implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/approval_decision_to_registrant";
    }
}
