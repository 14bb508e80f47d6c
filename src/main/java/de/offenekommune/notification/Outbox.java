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
    private final StoredMailContent content;
    private final MailBodies bodies;
    private final SchedulerClient scheduler;
    private final OutboxMails mails;

    Outbox(JdbcClient jdbc, StoredMailContent content, MailBodies bodies, SchedulerClient scheduler, OutboxMails mails) {
        this.jdbc = jdbc;
        this.content = content;
        this.bodies = bodies;
        this.scheduler = scheduler;
        this.mails = mails;
    }

    /**
     * Queues {@code mail}; its subject and bodies are rendered once the transaction committed.
     *
     * @return whether the mail was queued; {@code false} when one with the same dedup key already was
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        if (mail.recipient() == null || mail.recipient().matches("(?s).*[\\r\\n,;<>].*")) {
            throw new IllegalArgumentException("Not a single plain address");
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into outbox_mail (id, dedup_key, template, recipient, locale, content,
                                                 attachment_name, attachment_type, attachment, reference)
                        values (:id, :dedupKey, :template, :recipient, :locale, cast(:content as jsonb),
                                :attachmentName, :attachmentType, :attachment, :reference)
                        on conflict (dedup_key) do nothing
                        """)
                .param("id", id)
                .param("dedupKey", mail.dedupKey())
                .param("template", mail.content().templateName())
                .param("recipient", mail.recipient())
                .param("locale", mail.locale().toLanguageTag())
                .param("content", content.write(mail.content()))
                .param("attachmentName", mail.attachment() == null ? null : mail.attachment().filename())
                .param("attachmentType", mail.attachment() == null ? null : mail.attachment().contentType())
                .param("attachment", mail.attachment() == null ? null : mail.attachment().content())
                .param("reference", mail.reference())
                .update();
        if (inserted == 1) {
            bodies.renderAfterCommit(id, mail);
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
