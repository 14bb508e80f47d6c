package de.offenekommune.account.internal;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.platform.SecretTokens;

/**
 * Personal API tokens: {@code okt_} and 43 random characters. Only their SHA-256 is stored, so a
 * leaked database reveals no usable token. Each expires when its owner chose (see {@link ApiTokenProperties}).
 */
@Repository
public class ApiTokens {

    static final String PREFIX = "okt_";
    /** A token's last use is recorded to the minute: one write a minute at most, however busy the token. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ApiTokenProperties properties;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, ApiTokenProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token of the default validity; see {@link #issue(UserId, String, Duration)}. */
    public String issue(UserId owner, String name) {
        return issue(owner, name, properties.defaultValidity());
    }

    /**
     * Creates a token and returns it in clear text: the only moment anyone sees it.
     *
     * @param validity how long it works from now on; {@code null} for ever, where the operator allows that
     */
    public String issue(UserId owner, String name, Duration validity) {
        String token = PREFIX + SecretTokens.newToken();
        store(owner, name, token, validity);
        return token;
    }

    /** Registers a token chosen by the operator, e.g. for automation at first start, with the default validity. */
    void register(UserId owner, String name, String token) {
        store(owner, name, token, properties.defaultValidity());
    }

    /** The owner's tokens that were not revoked, expired ones too, so that the owner sees why one fails. */
    public List<ApiToken> findActive(UserId owner) {
        return jdbc.sql("""
                        select id, name, token_hint, created_at, expires_at, last_used_at
                          from api_token
                         where user_id = :owner
                           and revoked_at is null
                         order by created_at desc
                        """)
                .param("owner", owner.value())
                .query(ApiTokens::map)
                .list();
    }

    /** @return whether a token of this owner was revoked */
    public boolean revoke(UserId owner, UUID tokenId) {
        return jdbc.sql("""
                        update api_token
                           set revoked_at = now()
                         where id = :id
                           and user_id = :owner
                           and revoked_at is null
                        """)
                .param("id", tokenId)
                .param("owner", owner.value())
                .update() == 1;
    }

    /** A token presented to the API, with its owner as they are now. */
    record Use(ApiToken token, UserAccount owner) {
    }

    /**
     * Finds a token that was not revoked, with its owner, and records its use unless it expired or was used
     * within the last minute: one statement.
     */
    Optional<Use> use(String token) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with token as (
                            select id, user_id, name, token_hint, created_at, expires_at, last_used_at
                              from api_token
                             where token_hash = :hash
                               and revoked_at is null
                        ), recorded as (
                            update api_token
                               set last_used_at = :now
                             where id = (select id from token)
                               and (expires_at is null or expires_at > :now)
                               and (last_used_at is null or last_used_at <= :recently)
                            returning last_used_at
                        )
                        select t.id as token_id, t.name, t.token_hint, t.created_at as token_created_at, t.expires_at,
                               coalesce((select last_used_at from recorded), t.last_used_at) as last_used_at,
                               u.id, u.email, u.display_name, u.password_hash, u.platform_role, u.enabled, u.created_at
                          from token t
                          join app_user u on u.id = t.user_id
                        """)
                .param("hash", hash(token))
                .param("now", utc(now))
                .param("recently", utc(now.minus(LAST_USE_PRECISION)))
                .query((rs, row) -> new Use(
                        new ApiToken(rs.getObject("token_id", UUID.class), rs.getString("name"), rs.getString("token_hint"),
                                instant(rs, "token_created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at")),
                        UserAccounts.map(rs, row)))
                .optional();
    }

    boolean exists(String token) {
        return jdbc.sql("""
                        select exists (
                            select 1
                              from api_token
                             where token_hash = :hash)
                        """)
                .param("hash", hash(token))
                .query(Boolean.class)
                .single();
    }

    private void store(UserId owner, String name, String token, Duration validity) {
        if (!properties.allows(validity)) {
            throw new IllegalArgumentException("Validity not allowed: " + validity);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash, token_hint, created_at, expires_at)
                        values (:id, :owner, :name, :hash, :hint, :now, :expiresAt)
                        """)
                .param("id", UUID.randomUUID())
                .param("owner", owner.value())
                .param("name", name)
                .param("hash", hash(token))
                .param("hint", "…" + token.substring(token.length() - 4))
                .param("now", utc(now))
                .param("expiresAt", validity == null ? null : utc(now.plus(validity)))
                .update();
    }

    static String hash(String token) {
        return SecretTokens.hashHex(token);
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("token_hint"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"));
    }
}
