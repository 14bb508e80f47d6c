package de.offenekommune.notification.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.MailServerStatus;

/**
 * The one place that knows whether a mail server is connected: Spring Boot builds a mail sender only
 * when {@code spring.mail.host} is set. Without one, mails are kept for the developer mailbox instead.
 */
@Component
public class MailServer implements MailServerStatus {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);
    private static final String DEFAULT_FROM_ADDRESS = "noreply@localhost";

    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;

    MailServer(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** The sender, or {@code null} while no mail server is configured. */
    @Nullable JavaMailSender sender() {
        return sender.getIfAvailable();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOfMissingConfiguration() {
        if (!configured()) {
            log.warn("No mail server is configured (SPRING_MAIL_HOST): mails are NOT sent. They are kept for "
                    + "administrators in the developer mailbox (/admin/mailbox). See the README, section Mail.");
        } else if (properties.from().contains(DEFAULT_FROM_ADDRESS)) {
            log.warn("OK_MAIL_FROM is not set: mails go out from {}, which most mail servers refuse.", properties.from());
        }
    }
}
