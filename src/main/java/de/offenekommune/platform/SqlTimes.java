package de.offenekommune.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants to and from {@code timestamp with time zone} columns. The JDBC driver takes and gives
 * {@link OffsetDateTime}; in UTC, so that no server or session time zone ever shifts a value.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The parameter value for {@code instant}; {@code null} stays {@code null}. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or {@code null} for SQL {@code NULL}. */
    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
