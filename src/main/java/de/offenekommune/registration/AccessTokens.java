package de.offenekommune.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secrets in personal links: 256 random bits, handed out once in a mail and stored only as their
 * SHA-256 hash, so that neither a database copy nor a log reveals a working link.
 */
@Repository
class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** @param usedAt when a one-time link was used, else {@code null} */
    record Match(byte[] hash, RegistrationId registration, TokenPurpose purpose, Instant expiresAt, Instant usedAt) {

        boolean isExpiredAt(Instant now) {
            return expiresAt != null && !expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the token for the link; it exists nowhere else */
    String issue(RegistrationId registration, TokenPurpose purpose, Instant expiresAt, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into registration_token (token_hash, registration_id, purpose, created_at, expires_at)
                        values (:hash, :registration, :purpose, :now, :expiresAt)
                        """)
                .param("hash", hash(token))
                .param("registration", registration.value())
                .param("purpose", purpose.name())
                .param("now", Registrations.utc(now))
                .param("expiresAt", Registrations.utc(expiresAt))
                .update();
        return token;
    }

    /** When the newest link of the registration was made, that is, when its last mail was written; or {@code null}. */
    Instant lastIssued(RegistrationId registration) {
        return jdbc.sql("""
                        select max(created_at) as last_issued
                          from registration_token
                         where registration_id = :registration
                        """)
                .param("registration", registration.value())
                .query((rs, row) -> Registrations.instant(rs, "last_issued"))
                .single();
    }

    /** The token of {@code purpose}, used or not; empty for anything else, including another purpose's token. */
    Optional<Match> find(String token, TokenPurpose purpose) {
        if (token == null || !FORMAT.matcher(token).matches()) {
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
                        Registrations.instant(rs, "expires_at"), Registrations.instant(rs, "used_at")))
                .optional();
    }

    /** @return {@code false} when the link was used meanwhile */
    boolean markUsed(Match match, Instant now) {
        return jdbc.sql("""
                        update registration_token
                           set used_at = :now
                         where token_hash = :hash
                           and used_at is null
                        """)
                .param("hash", match.hash())
                .param("now", Registrations.utc(now))
                .update() == 1;
    }

    void deleteAll(RegistrationId registration) {
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
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
