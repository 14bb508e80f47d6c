package de.offenekommune.notification;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OutboxMails {

    private static final String COLUMNS = """
            select id, template, recipient, subject, body_text, body_html, attachment_name, attachment_type,
                   attachment, status, attempts, created_at, sent_at, reference, last_error
              from outbox_mail
            """;

    private final JdbcClient jdbc;

    OutboxMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OutboxMail> findById(UUID id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id)
                .query(OutboxMails::map)
                .optional();
    }

    /** The newest mails first, for the developer mailbox. */
    public List<OutboxMail> findLatest(int limit) {
        return jdbc.sql(COLUMNS + """
                         order by created_at desc
                         limit :limit
                        """)
                .param("limit", limit)
                .query(OutboxMails::map)
                .list();
    }

    public List<OutboxMail> findByRecipient(String recipient) {
        return jdbc.sql(COLUMNS + """
                         where lower(recipient) = lower(:recipient)
                         order by created_at
                        """)
                .param("recipient", recipient)
                .query(OutboxMails::map)
                .list();
    }

    /** What rendering a queued mail needs, when its bodies were not rendered yet. */
    record Unrendered(String recipient, String locale, String template, String content) {
    }

    Optional<Unrendered> findUnrendered(UUID id) {
        return jdbc.sql("""
                        select recipient, locale, template, content::text as content
                          from outbox_mail
                         where id = :id
                           and content is not null
                        """)
                .param("id", id)
                .query((rs, row) -> new Unrendered(rs.getString("recipient"), rs.getString("locale"),
                        rs.getString("template"), rs.getString("content")))
                .optional();
    }

    /** The rendered mail replaces what it was rendered from; a mail erased meanwhile stays erased. */
    void storeRendered(UUID id, String subject, String text, String html, @Nullable InlineImage image) {
        jdbc.sql("""
                        update outbox_mail
                           set subject = :subject,
                               body_text = :text,
                               body_html = :html,
                               inline_image_id = :imageId,
                               inline_image_type = :imageType,
                               inline_image = :image,
                               content = null
                         where id = :id
                           and content is not null
                        """)
                .param("id", id)
                .param("subject", subject)
                .param("text", text)
                .param("html", html)
                .param("imageId", image == null ? null : image.contentId())
                .param("imageType", image == null ? null : image.contentType())
                .param("image", image == null ? null : image.content())
                .update();
    }

    /** Kept as it is, for the developer mailbox: no mail server took it. */
    void markCaptured(UUID id, Instant at) {
        jdbc.sql("""
                        update outbox_mail
                           set status = 'CAPTURED',
                               attempts = attempts + 1,
                               last_error = null,
                               sent_at = :at
                         where id = :id
                        """)
                .param("id", id)
                .param("at", utc(at))
                .update();
    }

    /**
     * The mail server took the mail: from now on the row keeps only what delivery tracking needs, not
     * whom it went to nor the personal links it carried.
     */
    void markSent(UUID id, Instant at) {
        jdbc.sql("""
                        update outbox_mail
                           set status = 'SENT',
                               attempts = attempts + 1,
                               last_error = null,
                               sent_at = :at,
                               recipient = null, subject = null, body_text = null, body_html = null,
                               content = null, attachment_name = null, attachment_type = null, attachment = null,
                               inline_image_id = null, inline_image_type = null, inline_image = null
                         where id = :id
                        """)
                .param("id", id)
                .param("at", utc(at))
                .update();
    }

    void recordFailure(UUID id, String error, boolean givenUp) {
        jdbc.sql("""
                        update outbox_mail
                           set attempts = attempts + 1,
                               last_error = :error,
                               status = case when :givenUp then 'FAILED' else status end
                         where id = :id
                        """)
                .param("id", id)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("givenUp", givenUp)
                .update();
        if (givenUp) {
            erase(List.of(id));
        }
    }

    /** Empties the mails about {@code references}; those not sent yet are never sent. */
    int forget(Collection<String> references) {
        if (references.isEmpty()) {
            return 0;
        }
        List<UUID> ids = jdbc.sql("""
                        update outbox_mail
                           set status = case when status = 'PENDING' then 'DISCARDED' else status end
                         where reference = any(:references)
                        returning id
                        """)
                .param("references", references.toArray(String[]::new))
                .query(UUID.class)
                .list();
        return erase(ids);
    }

    private int erase(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update outbox_mail
                           set recipient = null, subject = null, body_text = null, body_html = null,
                               content = null, attachment_name = null, attachment_type = null, attachment = null,
                               inline_image_id = null, inline_image_type = null, inline_image = null
                         where id = any(:ids)
                        """)
                .param("ids", ids.toArray(UUID[]::new))
                .update();
    }

    /** Removes delivered and failed mails older than {@code cutoff}: they hold personal data. */
    int deleteDoneBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from outbox_mail
                         where status <> 'PENDING'
                           and created_at < :cutoff
                        """)
                .param("cutoff", utc(cutoff))
                .update();
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new OutboxMail(rs.getObject("id", UUID.class), rs.getString("template"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment"),
                rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "created_at"), sent == null ? null : sent.toInstant(),
                rs.getString("reference"), rs.getString("last_error"));
    }

    /** The picture the mail's HTML body shows inline, if it has one. */
    Optional<InlineImage> inlineImage(UUID id) {
        return jdbc.sql("""
                        select inline_image_id, inline_image_type, inline_image
                          from outbox_mail
                         where id = :id
                           and inline_image is not null
                        """)
                .param("id", id)
                .query((rs, row) -> new InlineImage(rs.getString("inline_image_id"), rs.getString("inline_image_type"),
                        rs.getBytes("inline_image")))
                .optional();
    }
}
