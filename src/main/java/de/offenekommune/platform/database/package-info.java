/**
 * The database behind the application: the embedded or an external PostgreSQL, its reachability, backup and
 * restore.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.platform.database;
