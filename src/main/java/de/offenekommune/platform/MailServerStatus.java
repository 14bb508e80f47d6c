package de.offenekommune.platform;

/**
 * Whether mail leaves this installation: answered by the notification capability, asked by pages that
 * must not promise a mail that nobody sends, and by the administration that shows the developer mailbox.
 */
public interface MailServerStatus {

    /** {@code true} once the operator connected a mail server ({@code SPRING_MAIL_HOST}). */
    boolean configured();
}
