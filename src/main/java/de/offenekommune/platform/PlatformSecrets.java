package de.offenekommune.platform;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets of this installation, created once in the database so that every application copy
 * and every restart uses the same ones. Nothing to configure for the operator.
 */
@Component
public class PlatformSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PlatformSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A keyed hash under the secret named {@code name}. */
    public KeyedHash keyedHash(String name) {
        return KeyedHash.of(secret(name));
    }

    /** The 32-byte secret named {@code name}, created on first use. */
    public byte[] secret(String name) {
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        jdbc.sql("""
                        insert into platform_secret (name, value)
                        values (:name, :value)
                        on conflict (name) do nothing
                        """)
                .param("name", name)
                .param("value", candidate)
                .update();
        return jdbc.sql("""
                        select value
                          from platform_secret
                         where name = :name
                        """)
                .param("name", name)
                .query(byte[].class)
                .single();
    }
}
