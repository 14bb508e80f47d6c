package de.offenekommune.registration.mail;

/**
 * A registration that the organizers review: first with the link that confirms the address
 * ({@code confirmNow}, until {@code confirmBy}), then, once confirmed, with the personal page while it waits.
 *
 * @param url       the confirmation link when {@code confirmNow}, else the personal page
 * @param confirmBy the deadline for confirming, empty once confirmed
 */
public record ApprovalPendingMail(EventFacts event, String name, boolean confirmNow, String url, String confirmBy)
        implements ParticipantMail {

    @Override
    public String template() {
        return "registration/mail/approval_pending_to_registrant";
    }
}
