package de.offenekommune.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import de.offenekommune.notification.InlineImage;
import de.offenekommune.platform.SiteProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one outbox mail. Without a configured mail server (development, demo) the mail is kept as
 * "captured" for the developer mailbox instead. Logs carry ids, never addresses or contents.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMails mails;
    private final MailBodies bodies;
    private final MailServer server;
    private final MailProperties properties;
    private final SiteProperties site;
    private final Clock clock;

    public MailDispatcher(OutboxMails mails, MailBodies bodies, MailServer server, MailProperties properties, SiteProperties site,
            Clock clock) {
        this.mails = mails;
        this.bodies = bodies;
        this.server = server;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    /** @throws MailException when the mail server does not take the mail; the task retries later */
    public void dispatch(UUID id) {
        OutboxMail mail = mails.findById(id).orElse(null);
        if (mail == null || !mail.status().equals("PENDING")) {
            return;
        }
        if (mail.text() == null) {
            // Queued, but not rendered after its commit yet (or never, when the application stopped). Another
            // thread or copy may render it at this moment: read again whoever did, and send only a rendered mail.
            bodies.renderIfMissing(id);
            mail = mails.findById(id).orElse(null);
            if (mail == null || !mail.status().equals("PENDING")) {
                return;
            }
            if (mail.text() == null) {
                throw new IllegalStateException("Mail " + id + " has neither bodies nor what to render them from");
            }
        }
        JavaMailSender mailSender = server.sender();
        if (mailSender == null) {
            mails.markCaptured(id, clock.instant());
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
        mails.markSent(id, clock.instant());
        log.info("Sent mail {} ({})", id, mail.template());
    }

    void giveUp(UUID id) {
        mails.recordFailure(id, "Given up after " + properties.maxAttempts() + " attempts", true);
        log.error("Gave up mail {} after {} attempts", id, properties.maxAttempts());
    }

    /**
     * The same Message-ID on every attempt: a mail sent again after a crash during the hand-off is
     * recognisable as the same mail, and mail programs show it once.
     */
    String messageId(UUID id) {
        String host = site.baseUrl().getHost();
        return "<" + id + "@" + (host == null || host.isBlank() ? "localhost" : host) + ">";
    }

    private static void addInline(MimeMessageHelper helper, InlineImage image) {
        try {
            helper.addInline(image.contentId(), new ByteArrayResource(image.content()), image.contentType());
        } catch (MessagingException e) {
            throw new MailPreparationException("Inline image " + image.contentId() + " cannot be added", e);
        }
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
            message.setHeader("Message-ID", messageId(mail.id()));
            if (mail.html() != null) {
                mails.inlineImage(mail.id()).ifPresent(image -> addInline(helper, image));
            }
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()),
                        mail.attachmentType());
            }
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail " + mail.id() + " cannot be built", e);
        }
    }
}
