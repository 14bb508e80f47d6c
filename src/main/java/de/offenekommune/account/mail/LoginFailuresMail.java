package de.offenekommune.account.mail;

import java.util.List;

import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.MailContext;

/**
 * Others keep guessing the account's password.
 */
public record LoginFailuresMail(String name, String date, String time, int failures, long minutes)
        implements MailContent {

    @Override
    public String template() {
        return "account/mail/login_failures_to_account_owner";
    }

    @Override
    public List<Object> subjectArgs(MailContext mail) {
        return List.of(mail.site().name());
    }
}
