package de.offenekommune.barcamp.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/** A guest confirms their interest in a proposal by this link. */
public record InterestConfirmationMail(String eventTitle, String eventUrl, String proposalTitle, String confirmUrl, long validHours) implements MailContent {

    @Override
    public String template() {
        return "barcamp/mail/barcamp_interest_confirmation_to_guest";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(proposalTitle);
    }
}
