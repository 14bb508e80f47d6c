package de.offenekommune.barcamp.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/** A guest confirms their proposal by this link. */
public record ProposalConfirmationMail(String eventTitle, String eventUrl, String proposerName, String proposalTitle, String confirmUrl, long validHours) implements MailContent {

    @Override
    public String template() {
        return "barcamp/mail/barcamp_proposal_confirmation_to_guest";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(eventTitle);
    }
}
