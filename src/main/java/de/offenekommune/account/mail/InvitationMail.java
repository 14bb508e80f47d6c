package de.offenekommune.account.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * An invitation to the platform.
 *
 * @param roleKey the message key of the offered role
 */
public record InvitationMail(String name, String inviter, String roleKey,
        List<String> organizations, String link, String validUntil) implements MailContent {

    public InvitationMail {
        organizations = List.copyOf(organizations);
    }

    @Override
    public String template() {
        return "account/mail/invitation_to_invitee";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(mail.site().name());
    }
}
