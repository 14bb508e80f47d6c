package de.offenekommune.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookDeliveries {

    private static final String COLUMNS = """
            select id, endpoint_id, message_id, event_type, payload, status, attempts, response_code, last_error,
                   created_at, next_attempt_at, last_attempt_at
              from webhook_delivery
            """;

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a message for an endpoint, due at once. */
    void insert(UUID endpoint, String messageId, String eventType, String payload, Instant now) {
        jdbc.sql("""
                        insert into webhook_delivery (id, endpoint_id, message_id, event_type, payload, created_at,
                                                      next_attempt_at)
                        values (:id, :endpoint, :messageId, :eventType, :payload, :now, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("endpoint", endpoint)
                .param("messageId", messageId)
                .param("eventType", eventType)
                .param("payload", payload)
                .param("now", at(now))
                .update();
    }

    public Optional<WebhookDelivery> findById(UUID id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id)
                .query(WebhookDeliveries::map)
                .optional();
    }

    /** The delivery log of an endpoint, newest first. */
    public List<WebhookDelivery> findByEndpoint(UUID endpoint, int limit) {
        return jdbc.sql(COLUMNS + """
                         where endpoint_id = :endpoint
                         order by created_at desc, id
                         limit :limit
                        """)
                .param("endpoint", endpoint)
                .param("limit", limit)
                .query(WebhookDeliveries::map)
                .list();
    }

    /**
     * Takes up to {@code limit} deliveries whose next attempt is due and moves that attempt to the end of
     * {@code lease}, so that no other run takes them meanwhile; the attempt then sets the real next time.
     */
    List<UUID> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        update webhook_delivery
                           set next_attempt_at = :leaseEnd
                         where id in (select id
                                        from webhook_delivery
                                       where status = 'PENDING'
                                         and next_attempt_at <= :now
                                       order by next_attempt_at, created_at
                                       limit :limit
                                         for update skip locked)
                        returning id
                        """)
                .param("now", at(now))
                .param("leaseEnd", at(now.plus(lease)))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    void recordDelivered(UUID id, int responseCode, Instant now) {
        jdbc.sql("""
                        update webhook_delivery
                           set status = 'DELIVERED',
                               attempts = attempts + 1,
                               response_code = :code,
                               last_error = null,
                               last_attempt_at = :now,
                               next_attempt_at = null
                         where id = :id
                        """)
                .param("id", id)
                .param("code", responseCode)
                .param("now", at(now))
                .update();
    }

    /** @param nextAttemptAt when to try again, {@code null} to give up */
    void recordFailure(UUID id, Integer responseCode, String error, Instant now, Instant nextAttemptAt) {
        jdbc.sql("""
                        update webhook_delivery
                           set status = case when cast(:next as timestamptz) is null then 'FAILED' else 'PENDING' end,
                               attempts = attempts + 1,
                               response_code = :code,
                               last_error = :error,
                               last_attempt_at = :now,
                               next_attempt_at = :next
                         where id = :id
                        """)
                .param("id", id)
                .param("code", responseCode)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("now", at(now))
                .param("next", nextAttemptAt == null ? null : at(nextAttemptAt))
                .update();
    }

    /** Removes finished deliveries older than {@code cutoff}. */
    int deleteDoneBefore(Instant cutoff) {
        return jdbc.sql("""
                        delete from webhook_delivery
                         where status <> 'PENDING'
                           and created_at < :cutoff
                        """)
                .param("cutoff", at(cutoff))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static WebhookDelivery map(ResultSet rs, int row) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getString("message_id"), rs.getString("event_type"), rs.getString("payload"), rs.getString("status"),
                rs.getInt("attempts"), rs.getObject("response_code", Integer.class), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"));
    }
}
