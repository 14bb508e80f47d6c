package de.offenekommune.account;

import java.time.Instant;

/**
 * A person who logs in: organizer, moderator or administrator. Citizens need no account.
 */
public record UserAccount(
        UserId id,
        String email,
        String displayName,
        String passwordHash,
        PlatformRole role,
        boolean enabled,
        Instant createdAt) {

    public AccountPrincipal toPrincipal() {
        return new AccountPrincipal(id, email, displayName, role, enabled, passwordHash);
    }
}
