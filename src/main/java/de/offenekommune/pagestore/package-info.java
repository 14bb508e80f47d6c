/**
 * The store of rendered public pages: kept in memory (Caffeine, bounded in bytes), rendered once however
 * many ask at the same time, sent gzip-compressed with each visitor's own CSRF token and fresh values,
 * emptied in every application copy when something public changes, and served while the database is away.
 * Capabilities take part through the platform's {@code PublicCaching}, {@code KeptResponse} and
 * {@code FreshValue}; this module knows none of them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Page store",
        allowedDependencies = {"platform", "platform :: database", "platform :: web"})
package de.offenekommune.pagestore;
