package de.offenekommune.account.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.UserId;

/**
 * TOTP secrets (as sealed by {@link SecretBox}) and recovery codes (as SHA-256) of local accounts.
 */
@Repository
class TwoFactorCredentials {

    /** A stored secret; {@code confirmedAt} is empty while the account is still enrolling. */
    record Credential(UserId user, byte[] sealedSecret, Optional<Instant> confirmedAt, Long lastStep) {

        boolean confirmed() {
            return confirmedAt.isPresent();
        }
    }

    private final JdbcClient jdbc;

    TwoFactorCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credential> find(UserId user) {
        return jdbc.sql("""
                        select user_id, secret, confirmed_at, last_step
                          from two_factor
                         where user_id = :user
                        """)
                .param("user", user.value())
                .query((rs, row) -> new Credential(new UserId(rs.getObject("user_id", UUID.class)), rs.getBytes("secret"),
                        Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        (Long) rs.getObject("last_step")))
                .optional();
    }

    /** Stores a new secret to be confirmed; never replaces a confirmed one. */
    boolean startEnrolment(UserId user, byte[] sealedSecret) {
        return jdbc.sql("""
                        insert into two_factor (user_id, secret)
                        values (:user, :secret)
                        on conflict (user_id)
                        do update set secret = excluded.secret,
                                      last_step = null
                         where two_factor.confirmed_at is null
                        """)
                .param("user", user.value())
                .param("secret", sealedSecret)
                .update() == 1;
    }

    /** Marks the secret confirmed and replaces all recovery codes, and lifts a pending enrolment demand. */
    void confirm(UserId user, Instant now, List<String> recoveryCodeHashes) {
        jdbc.sql("""
                        update two_factor
                           set confirmed_at = :now
                         where user_id = :user
                        """)
                .param("user", user.value())
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update();
        replaceRecoveryCodes(user, recoveryCodeHashes);
        jdbc.sql("""
                        update app_user
                           set two_factor_enrolment_required = false
                         where id = :user
                        """)
                .param("user", user.value())
                .update();
    }

    void replaceRecoveryCodes(UserId user, List<String> hashes) {
        jdbc.sql("""
                        delete from recovery_code
                         where user_id = :user
                        """)
                .param("user", user.value())
                .update();
        for (String hash : hashes) {
            jdbc.sql("""
                            insert into recovery_code (user_id, code_hash)
                            values (:user, :hash)
                            """)
                    .param("user", user.value())
                    .param("hash", hash)
                    .update();
        }
    }

    /**
     * Records that the code of time step {@code step} was used.
     *
     * @return {@code false} when that step or a later one was used already (a replayed code)
     */
    boolean useStep(UserId user, long step) {
        return jdbc.sql("""
                        update two_factor
                           set last_step = :step
                         where user_id = :user
                           and (last_step is null or last_step < :step)
                        """)
                .param("user", user.value())
                .param("step", step)
                .update() == 1;
    }

    /** @return whether an unused recovery code with this hash existed; it is used up now */
    boolean useRecoveryCode(UserId user, String hash, Instant now) {
        return jdbc.sql("""
                        update recovery_code
                           set used_at = :now
                         where user_id = :user
                           and code_hash = :hash
                           and used_at is null
                        """)
                .param("user", user.value())
                .param("hash", hash)
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .update() == 1;
    }

    int countUnusedRecoveryCodes(UserId user) {
        return jdbc.sql("""
                        select count(*)
                          from recovery_code
                         where user_id = :user
                           and used_at is null
                        """)
                .param("user", user.value())
                .query(Integer.class)
                .single();
    }

    /** Removes secret and recovery codes; with {@code reenrol} the account must enrol again at its next login. */
    void remove(UserId user, boolean reenrol) {
        jdbc.sql("""
                        delete from two_factor
                         where user_id = :user
                        """)
                .param("user", user.value())
                .update();
        replaceRecoveryCodes(user, List.of());
        jdbc.sql("""
                        update app_user
                           set two_factor_enrolment_required = :reenrol
                         where id = :user
                        """)
                .param("user", user.value())
                .param("reenrol", reenrol)
                .update();
    }

}
