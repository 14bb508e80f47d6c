package de.offenekommune.registration.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.SecretTokens;

/**
 * The secrets in personal links (see {@link SecretTokens}): handed out once in a mail, stored only as hash.
 */
@Repository
public class AccessTokens {

    /** @param usedAt when a one-time link was used, else {@code null} */
    public record Match(byte[] hash, RegistrationId registration, TokenPurpose purpose, Instant expiresAt, Instant usedAt) {

        public boolean isExpiredAt(Instant now) {
            return expiresAt != null && !expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the token for the link; it exists nowhere else */
    public String issue(RegistrationId registration, TokenPurpose purpose, Instant expiresAt, Instant now) {
        String token = SecretTokens.newToken();
        jdbc.sql("""
                        insert into registration_token (token_hash, registration_id, purpose, created_at, expires_at)
                        values (:hash, :registration, :purpose, :now, :expiresAt)
                        """)
                .param("hash", hash(token))
                .param("registration", registration.value())
                .param("purpose", purpose.name())
                .param("now", utc(now))
                .param("expiresAt", utc(expiresAt))
                .update();
        return token;
    }

    /** When the newest link of the registration was made, that is, when its last mail was written; or {@code null}. */
    public Instant lastIssued(RegistrationId registration) {
        return jdbc.sql("""
                        select max(created_at) as last_issued
                          from registration_token
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .query((rs, row) -> instant(rs, "last_issued"))
                .single();
    }

    /** The token of {@code purpose}, used or not; empty for anything else, including another purpose's token. */
    public Optional<Match> find(String token, TokenPurpose purpose) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select token_hash, registration_id, purpose, expires_at, used_at
                          from registration_token
                         where token_hash = :hash
                           and purpose = :purpose
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query((rs, row) -> new Match(rs.getBytes("token_hash"),
                        new RegistrationId(rs.getObject("registration_id", UUID.class)), purpose,
                        instant(rs, "expires_at"), instant(rs, "used_at")))
                .optional();
    }

    /** @return {@code false} when the link was used meanwhile */
    public boolean markUsed(Match match, Instant now) {
        return jdbc.sql("""
                        update registration_token
                           set used_at = :now
                         where token_hash = :hash
                           and used_at is null
                        """)
                .param("hash", match.hash())
                .param("now", utc(now))
                .update() == 1;
    }

    public void deleteAll(RegistrationId registration) {
        jdbc.sql("""
                        delete from registration_token
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .update();
    }

    int deleteAllOfEvent(de.offenekommune.event.EventId event) {
        return jdbc.sql("""
                        delete from registration_token t
                         using registration r
                         where r.id = t.registration_id
                           and r.event_id = :event
                        """)
                .param("event", event.value())
                .update();
    }

    static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }
}
