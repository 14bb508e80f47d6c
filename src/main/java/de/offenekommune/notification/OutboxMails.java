package de.offenekommune.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OutboxMails {

    private static final String COLUMNS = """
            select id, template, recipient, subject, body_text, body_html, attachment_name, attachment_type,
                   attachment, status, attempts, created_at, sent_at
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

    void markDelivered(UUID id, String status, Instant at) {
        jdbc.sql("""
                        update outbox_mail
                           set status = :status,
                               attempts = attempts + 1,
                               last_error = null,
                               sent_at = :at
                         where id = :id
                        """)
                .param("id", id)
                .param("status", status)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
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
    }

    /** Removes delivered and failed mails older than {@code cutoff}: they hold personal data. */
    int deleteDoneBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from outbox_mail
                         where status <> 'PENDING'
                           and created_at < :cutoff
                        """)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new OutboxMail(rs.getObject("id", UUID.class), rs.getString("template"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment"),
                rs.getString("status"), rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant());
    }
}
