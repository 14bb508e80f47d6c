package de.offenekommune.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

/**
 * Queues mail inside the caller's transaction: the outbox row and the task that sends it are committed
 * with the business change or not at all. Nothing is ever sent inside a request.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final MailRenderer renderer;
    private final SchedulerClient scheduler;
    private final OutboxMails mails;

    Outbox(JdbcClient jdbc, MailRenderer renderer, SchedulerClient scheduler, OutboxMails mails) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.scheduler = scheduler;
        this.mails = mails;
    }

    /**
     * @return whether the mail was queued; {@code false} when one with the same dedup key already was
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        if (mail.recipient() == null || mail.recipient().matches("(?s).*[\\r\\n,;<>].*")) {
            throw new IllegalArgumentException("Not a single plain address");
        }
        MailRenderer.Rendered rendered = renderer.render(mail);
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into outbox_mail (id, dedup_key, template, recipient, subject, body_text, body_html,
                                                 attachment_name, attachment_type, attachment, reference)
                        values (:id, :dedupKey, :template, :recipient, :subject, :text, :html,
                                :attachmentName, :attachmentType, :attachment, :reference)
                        on conflict (dedup_key) do nothing
                        """)
                .param("id", id)
                .param("dedupKey", mail.dedupKey())
                .param("template", mail.content().templateName())
                .param("recipient", mail.recipient())
                .param("subject", rendered.subject())
                .param("text", rendered.text())
                .param("html", rendered.html())
                .param("attachmentName", mail.attachment() == null ? null : mail.attachment().filename())
                .param("attachmentType", mail.attachment() == null ? null : mail.attachment().contentType())
                .param("attachment", mail.attachment() == null ? null : mail.attachment().content())
                .param("reference", mail.reference())
                .update();
        if (inserted == 1) {
            scheduler.scheduleIfNotExists(MailTasks.SEND.instance(id.toString()).build(), Instant.now());
        }
        return inserted == 1;
    }

    /**
     * Erases the mails about these things, e.g. when a registration is anonymized: what was sent keeps
     * only its tracking data, what waits to be sent is never sent.
     *
     * @return how many mails were erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(Collection<String> references) {
        return mails.forget(references);
    }
}
