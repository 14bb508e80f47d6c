package de.offenekommune.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL the application starts when no external database is configured.
 *
 * @param dataDir    folder holding the database cluster; survives restarts (default {@code ${OK_DATA_DIR}/postgres})
 * @param port       TCP port on loopback, {@code 0} for any free port
 * @param durable    whether commits are flushed to disk; only tests turn this off
 * @param cleanStart whether to wipe the folder before starting; only tests turn this on
 */
@ConfigurationProperties("ok.embedded-postgres")
record EmbeddedPostgresProperties(
        Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean cleanStart) {
}
