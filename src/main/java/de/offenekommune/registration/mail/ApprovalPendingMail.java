package de.offenekommune.registration.mail;

import java.util.List;

import de.offenekommune.notification.MailContext;

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

    /** The subject says what the mail asks for: confirm the address, or wait for the decision. */
    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(mail.t(confirmNow ? "mail.approval_pending_to_registrant.subjectConfirm"
                : "mail.approval_pending_to_registrant.subjectWaiting"), event.title());
    }
}
