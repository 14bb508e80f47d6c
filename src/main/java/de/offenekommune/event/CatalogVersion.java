package de.offenekommune.event;

import java.time.Instant;

/**
 * Changes with every committed change of any event: what public caches of lists, feeds and exports
 * are validated against.
 */
public record CatalogVersion(long version, Instant changedAt) {
}
