package de.offenekommune.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the bodies of queued mails once the transaction that queued them committed, so that no
 * template runs while that transaction holds its locks (an event's seats, say). A mail whose bodies were
 * not written then, because the application stopped in between, is rendered when it is sent.
 */
@Component
class MailBodies {

    private static final String PENDING = MailBodies.class.getName() + ".pending";

    private final MailRenderer renderer;
    private final MailContent content;
    private final OutboxMails mails;
    private final TransactionTemplate separately;

    MailBodies(MailRenderer renderer, MailContent content, OutboxMails mails, PlatformTransactionManager transactions) {
        this.renderer = renderer;
        this.content = content;
        this.mails = mails;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Renders {@code mail}, queued as {@code id} in the current transaction, right after it commits. */
    void renderAfterCommit(UUID id, Mail mail) {
        @SuppressWarnings("unchecked")
        Map<UUID, Mail> pending = (Map<UUID, Mail>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Map<UUID, Mail> queued = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING, queued);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // The committed transaction's connection takes no more work: the bodies get their own.
                    separately.executeWithoutResult(status -> queued.forEach(MailBodies.this::store));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = queued;
        }
        pending.put(id, mail);
    }

    /**
     * Renders the mail from what its row keeps, if its bodies are missing.
     *
     * @return whether it was rendered now
     */
    boolean renderIfMissing(UUID id) {
        return mails.findUnrendered(id)
                .map(row -> content.read(row.recipient(), row.locale(), row.template(), row.content()))
                .map(mail -> {
                    store(id, mail);
                    return true;
                })
                .orElse(false);
    }

    private void store(UUID id, Mail mail) {
        MailRenderer.Rendered rendered = renderer.render(mail);
        mails.storeRendered(id, rendered.subject(), rendered.text(), rendered.html());
    }
}
