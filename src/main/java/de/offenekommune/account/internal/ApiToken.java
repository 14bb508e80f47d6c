package de.offenekommune.account.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in the list: never the token itself.
 *
 * @param expiresAt  the end of its validity, {@code null} for a token that never expires
 * @param lastUsedAt when it was last used, to the minute; {@code null} when never
 */
public record ApiToken(UUID id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
