package de.offenekommune.notification;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.notification.internal.QueuedMails;
import de.offenekommune.notification.internal.StoredMailContent;

/**
 * Queues mail inside the caller's transaction: the outbox row and the task that sends it are committed
 * with the business change or not at all. Nothing is ever sent inside a request.
 */
@Service
public class Outbox {

    private final StoredMailContent content;
    private final QueuedMails queued;
    private final OutboxMails mails;

    Outbox(StoredMailContent content, QueuedMails queued, OutboxMails mails) {
        this.content = content;
        this.queued = queued;
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
        OutboxMails.NewMail row = new OutboxMails.NewMail(id, mail.dedupKey(), mail.content().templateName(),
                mail.recipient(), mail.locale().toLanguageTag(), content.write(mail.content()), mail.attachment(),
                mail.reference());
        if (mail.dedupKey() == null) {
            // Nothing to look up first: written together with the transaction's other mails before it commits.
            queued.addUnwritten(row, mail);
            return true;
        }
        boolean inserted = mails.insert(row);
        if (inserted) {
            queued.add(id, mail);
        }
        return inserted;
    }

    /**
     * Erases the mails about these things, e.g. when a registration is anonymized: what was sent keeps
     * only its tracking data, what waits to be sent is never sent.
     *
     * @return how many mails were erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(Collection<String> references) {
        queued.writeUnwritten();
        return mails.forget(references);
    }
}
