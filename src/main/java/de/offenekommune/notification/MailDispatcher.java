package de.offenekommune.notification;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one outbox mail. Without a configured mail server (development, demo) the mail is kept as
 * "captured" for the developer mailbox instead. Logs carry ids, never addresses or contents.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final Clock clock;

    MailDispatcher(OutboxMails mails, ObjectProvider<JavaMailSender> sender, MailProperties properties, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws MailException when the mail server does not take the mail; the task retries later */
    void dispatch(UUID id) {
        OutboxMail mail = mails.findById(id).orElse(null);
        if (mail == null || !mail.status().equals("PENDING")) {
            return;
        }
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            mails.markDelivered(id, "CAPTURED", clock.instant());
            log.info("Captured mail {} ({}) for the developer mailbox", id, mail.template());
            return;
        }
        try {
            mailSender.send(mime(mailSender, mail));
        } catch (MailException e) {
            mails.recordFailure(id, e.getClass().getSimpleName() + ": " + e.getMostSpecificCause().getMessage(), false);
            log.warn("Mail {} ({}) not sent yet: {}", id, mail.template(), e.getMostSpecificCause().getClass().getSimpleName());
            throw e;
        }
        mails.markDelivered(id, "SENT", clock.instant());
        log.info("Sent mail {} ({})", id, mail.template());
    }

    void giveUp(UUID id) {
        mails.recordFailure(id, "Given up after " + properties.maxAttempts() + " attempts", true);
        log.error("Gave up mail {} after {} attempts", id, properties.maxAttempts());
    }

    private MimeMessage mime(JavaMailSender mailSender, OutboxMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()),
                        mail.attachmentType());
            }
            return message;
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("Mail " + mail.id() + " cannot be built", e);
        }
    }
}
