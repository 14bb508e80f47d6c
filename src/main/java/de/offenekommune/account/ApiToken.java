package de.offenekommune.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in the list: never the token itself.
 */
public record ApiToken(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
}
