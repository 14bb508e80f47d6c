package de.offenekommune.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders the bodies of queued mails once the transaction that queued them committed, so that no
 * template runs while that transaction holds its locks (an event's seats, say). A mail whose bodies were
 * not written then, because the application stopped in between, is rendered when it is sent.
 */
@Component
class MailBodies {

    private static final Logger log = LoggerFactory.getLogger(MailBodies.class);
    private static final String PENDING = MailBodies.class.getName() + ".pending";

    private final MailRenderer renderer;
    private final StoredMailContent content;
    private final OutboxMails mails;
    private final DataSource dataSource;

    MailBodies(MailRenderer renderer, StoredMailContent content, OutboxMails mails, DataSource dataSource) {
        this.renderer = renderer;
        this.content = content;
        this.mails = mails;
        this.dataSource = dataSource;
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
                    storeOnCommittedConnection(queued);
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
     * Writes the bodies on the connection of the transaction that just committed, and commits them: a
     * second connection taken while this one is still held could wait for a pool emptied by requests
     * queued behind the seat lock. On failure the bodies are rendered when the mail is sent.
     */
    private void storeOnCommittedConnection(Map<UUID, Mail> queued) {
        try {
            queued.forEach(this::store);
            DataSourceUtils.getConnection(dataSource).commit();
        } catch (RuntimeException | SQLException e) {
            log.warn("Mails {} not rendered after their commit, will be when sent: {}", queued.keySet(), e.toString());
        }
    }

    /**
     * Renders the mail from what its row keeps, if its bodies are missing.
     *
     * @return whether it was rendered now
     */
    boolean renderIfMissing(UUID id) {
        return mails.findUnrendered(id)
                .map(row -> content.read(row.recipient(), row.locale(), row.content()))
                .map(mail -> {
                    store(id, mail);
                    return true;
                })
                .orElse(false);
    }

    private void store(UUID id, Mail mail) {
        MailRenderer.Rendered rendered = renderer.render(mail);
        mails.storeRendered(id, rendered.subject(), rendered.text(), rendered.html(), mail.content().inlineImage());
    }
}
