package de.offenekommune.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.SecretTokens;

/**
 * Personal API tokens: {@code okt_} and 43 random characters. Only their SHA-256 is stored, so a
 * leaked database reveals no usable token.
 */
@Repository
public class ApiTokens {

    static final String PREFIX = "okt_";

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token and returns it in clear text: the only moment anyone sees it. */
    public String issue(UserId owner, String name) {
        String token = PREFIX + SecretTokens.newToken();
        store(owner, name, token);
        return token;
    }

    /** Registers a token chosen by the operator, e.g. for automation at first start. */
    void register(UserId owner, String name, String token) {
        store(owner, name, token);
    }

    public List<ApiToken> findActive(UserId owner) {
        return jdbc.sql("""
                        select id, name, token_hint, created_at, last_used_at
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

    Optional<UserId> findOwner(String token) {
        return jdbc.sql("""
                        update api_token
                           set last_used_at = now()
                         where token_hash = :hash
                           and revoked_at is null
                        returning user_id
                        """)
                .param("hash", hash(token))
                .query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
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

    private void store(UserId owner, String name, String token) {
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash, token_hint)
                        values (:id, :owner, :name, :hash, :hint)
                        """)
                .param("id", UUID.randomUUID())
                .param("owner", owner.value())
                .param("name", name)
                .param("hash", hash(token))
                .param("hint", "…" + token.substring(token.length() - 4))
                .update();
    }

    static String hash(String token) {
        return SecretTokens.hashHex(token);
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("token_hint"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastUsed == null ? null : lastUsed.toInstant());
    }
}
