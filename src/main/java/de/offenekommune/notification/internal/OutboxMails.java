package de.offenekommune.notification.internal;

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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.notification.InlineImage;
import de.offenekommune.notification.MailAttachment;

@Repository
public class OutboxMails {

    private static final String COLUMNS = """
            select id, template, recipient, subject, body_text, body_html, attachment_name, attachment_type,
                   attachment, status, attempts, created_at, sent_at, reference, last_error
              from outbox_mail
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public OutboxMails(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** A mail as it is queued, before it is rendered. */
    public record NewMail(UUID id, @Nullable String dedupKey, String template, String recipient, String locale, String content,
            @Nullable MailAttachment attachment, @Nullable String reference) {

        SqlParameterSource parameters() {
            return new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("dedupKey", dedupKey)
                    .addValue("template", template)
                    .addValue("recipient", recipient)
                    .addValue("locale", locale)
                    .addValue("content", content)
                    .addValue("attachmentName", attachment == null ? null : attachment.filename())
                    .addValue("attachmentType", attachment == null ? null : attachment.contentType())
                    .addValue("attachment", attachment == null ? null : attachment.content())
                    .addValue("reference", reference);
        }
    }

    private static final String INSERT = """
            insert into outbox_mail (id, dedup_key, template, recipient, locale, content,
                                     attachment_name, attachment_type, attachment, reference)
            values (:id, :dedupKey, :template, :recipient, :locale, cast(:content as jsonb),
                    :attachmentName, :attachmentType, :attachment, :reference)
            on conflict (dedup_key) do nothing
            """;

    /** @return {@code false} when a mail with the same dedup key is there already */
    public boolean insert(NewMail mail) {
        return jdbc.sql(INSERT).paramSource(mail.parameters()).update() == 1;
    }

    /** Mails without a dedup key, in one statement. */
    void insertAll(List<NewMail> mails) {
        batch.batchUpdate(INSERT, mails.stream().map(NewMail::parameters).toArray(SqlParameterSource[]::new));
    }

    /** A mail's rendered subject and bodies, with the image its HTML shows inline, if any. */
    record Rendered(UUID id, String subject, String text, String html, @Nullable InlineImage image) {
    }

    /** The rendered mails replace what they were rendered from, in one statement; a mail erased meanwhile stays erased. */
    void storeRendered(List<Rendered> rendered) {
        batch.batchUpdate("""
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
                        """,
                rendered.stream().map(mail -> new MapSqlParameterSource()
                                .addValue("id", mail.id())
                                .addValue("subject", mail.subject())
                                .addValue("text", mail.text())
                                .addValue("html", mail.html())
                                .addValue("imageId", mail.image() == null ? null : mail.image().contentId())
                                .addValue("imageType", mail.image() == null ? null : mail.image().contentType())
                                .addValue("image", mail.image() == null ? null : mail.image().content()))
                        .toArray(SqlParameterSource[]::new));
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
    public int forget(Collection<String> references) {
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
