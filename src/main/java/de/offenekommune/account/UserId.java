package de.offenekommune.account;

import java.io.Serializable;
import java.util.UUID;

/** Serializable because the logged-in {@link AccountPrincipal} carries it into the JDBC session. */
public record UserId(UUID value) implements Serializable {

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
