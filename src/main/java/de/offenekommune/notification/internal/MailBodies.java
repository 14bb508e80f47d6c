package de.offenekommune.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import de.offenekommune.notification.Mail;

/**
 * Renders the bodies of queued mails once the transaction that queued them committed, so that no
 * template runs while that transaction holds its locks (an event's seats, say). A mail whose bodies were
 * not written then, because the application stopped in between, is rendered when it is sent.
 */
@Component
public class MailBodies {

    private static final Logger log = LoggerFactory.getLogger(MailBodies.class);

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

    /**
     * Writes the bodies on the connection of the transaction that just committed, and commits them: a
     * second connection taken while this one is still held could wait for a pool emptied by requests
     * queued behind the seat lock. On failure the bodies are rendered when the mail is sent.
     */
    void renderOnCommittedConnection(Map<UUID, Mail> queued) {
        try {
            List<OutboxMails.Rendered> rendered = new ArrayList<>(queued.size());
            queued.forEach((id, mail) -> rendered.add(render(id, mail)));
            mails.storeRendered(rendered);
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
    public boolean renderIfMissing(UUID id) {
        return mails.findUnrendered(id)
                .map(row -> content.read(row.recipient(), row.locale(), row.content()))
                .map(mail -> {
                    store(id, mail);
                    return true;
                })
                .orElse(false);
    }

    private void store(UUID id, Mail mail) {
        mails.storeRendered(List.of(render(id, mail)));
    }

    private OutboxMails.Rendered render(UUID id, Mail mail) {
        MailRenderer.Rendered rendered = renderer.render(mail);
        return new OutboxMails.Rendered(id, rendered.subject(), rendered.text(), rendered.html(),
                mail.content().inlineImage());
    }
}
