package de.offenekommune.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender of all mails, e.g. {@code "Stadt Wuppertal <veranstaltungen@wuppertal.de>"}
 * @param retryDelay    wait before the first retry when the mail server fails; doubles with each retry
 * @param maxAttempts   attempts before a mail is given up
 * @param retention     how long sent mails stay in the outbox (and the developer mailbox)
 */
@ConfigurationProperties("ok.mail")
public record MailProperties(
        @DefaultValue("Offene Kommune <noreply@localhost>") String from,
        @DefaultValue("PT1M") Duration retryDelay,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("P7D") Duration retention) {
}
