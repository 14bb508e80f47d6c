package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.platform.SecretTokens;

/**
 * The people who let others in at an event's door without an account, and their door links (see
 * {@link SecretTokens}: handed out once in a mail, stored only as hash).
 */
@Repository
public class CheckInHelpers {

    /** A helper as the organizers see them; {@code revokedAt} is {@code null} while the link works. */
    public record Helper(UUID id, EventId event, String name, String email, Instant expiresAt,
            @Nullable Instant revokedAt) {

        public boolean isValidAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    CheckInHelpers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the token of the door link; it exists nowhere else */
    String add(EventId event, String name, String email, Instant expiresAt, Instant now) {
        String token = SecretTokens.newToken();
        jdbc.sql("""
                        insert into check_in_helper (id, event_id, name, email, token_hash, created_at, expires_at)
                        values (:id, :event, :name, :email, :hash, :now, :expiresAt)
                        """)
                .param("id", UUID.randomUUID())
                .param("event", event.value())
                .param("name", name)
                .param("email", email)
                .param("hash", SecretTokens.hash(token))
                .param("now", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update();
        return token;
    }

    /** The helper of a door link, valid or not; empty for anything else. */
    public Optional<Helper> findByToken(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, event_id, name, email, expires_at, revoked_at
                          from check_in_helper
                         where token_hash = :hash
                        """)
                .param("hash", SecretTokens.hash(token))
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<Helper> findByEvent(EventId event) {
        return jdbc.sql("""
                        select id, event_id, name, email, expires_at, revoked_at
                          from check_in_helper
                         where event_id = :event
                         order by created_at, id
                        """)
                .param("event", event.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    /** @return whether a working link of the event was revoked */
    boolean revoke(EventId event, UUID helper, Instant now) {
        return jdbc.sql("""
                        update check_in_helper
                           set revoked_at = :now
                         where id = :id
                           and event_id = :event
                           and revoked_at is null
                        """)
                .param("id", helper)
                .param("event", event.value())
                .param("now", utc(now))
                .update() == 1;
    }

    private static Helper map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Helper(rs.getObject("id", UUID.class), new EventId(rs.getObject("event_id", UUID.class)),
                rs.getString("name"), rs.getString("email"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }
}
