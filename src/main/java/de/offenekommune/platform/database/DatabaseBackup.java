package de.offenekommune.platform.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of the platform's database that needs no PostgreSQL tools of a matching version: every table of
 * the schema {@code public}, read in one repeatable-read snapshot (so that it is consistent while the platform
 * runs) with PostgreSQL's binary {@code COPY}, in a zip file with a manifest of the schema version and the
 * row counts. A restore builds the schema of that version with the migrations, loads every table and checks
 * the counts; a newer application migrates the rest at its next start.
 */
public final class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private DatabaseBackup() {
    }

    /** @return the number of rows written per table */
    public static Properties write(Connection connection, Path file) throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        Properties manifest = new Properties();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            manifest.setProperty("format", "1");
            manifest.setProperty("schemaVersion", schemaVersion(connection));
            manifest.setProperty("createdAt", Instant.now().toString());
            List<String> tables = tables(connection);
            manifest.setProperty("tables", String.join(",", tables));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                long rows = copy.copyOut("copy public." + quote(table) + " to stdout (format binary)", unclosable(zip));
                zip.closeEntry();
                manifest.setProperty("rows." + table, Long.toString(rows));
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(unclosable(zip), "Offene Kommune database backup");
            zip.closeEntry();
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /**
     * Restores a backup into an empty database: builds the schema of the backup's version, then loads all rows
     * in one transaction.
     *
     * @throws IllegalStateException when the database is not empty or the rows read differ from the manifest
     */
    public static Properties restore(DataSource target, Path file) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry(zip, MANIFEST))) {
                manifest.load(in);
            }
            try (Connection connection = target.getConnection()) {
                if (!tables(connection).isEmpty()) {
                    throw new IllegalStateException("The target database is not empty; restore into a new one");
                }
            }
            Flyway.configure()
                    .dataSource(target)
                    .locations("classpath:db/migration")
                    .target(manifest.getProperty("schemaVersion"))
                    .load()
                    .migrate();
            try (Connection connection = target.getConnection()) {
                load(connection, zip, manifest);
            }
            return manifest;
        }
    }

    private static void load(Connection connection, ZipFile zip, Properties manifest) throws SQLException, IOException {
        connection.setAutoCommit(false);
        List<String> tables = new ArrayList<>(List.of(manifest.getProperty("tables").split(",")));
        tables.remove(SCHEMA_HISTORY);
        try (Statement statement = connection.createStatement()) {
            // rows come in table by table: foreign keys and triggers would see half a database
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + quote(t)).toList()));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                try (InputStream in = zip.getInputStream(entry(zip, "tables/" + table + ".copy"))) {
                    long rows = copy.copyIn("copy public." + quote(table) + " from stdin (format binary)", in);
                    long expected = Long.parseLong(manifest.getProperty("rows." + table));
                    if (rows != expected) {
                        throw new IllegalStateException("Table " + table + ": " + rows + " rows read, " + expected + " written");
                    }
                }
            }
            resetSequences(statement);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Sequences owned by a column continue after the highest value restored. */
    private static void resetSequences(Statement statement) throws SQLException {
        List<String> updates = new ArrayList<>();
        try (ResultSet owned = statement.executeQuery("""
                select s.relname as sequence_name, t.relname as table_name, a.attname as column_name
                  from pg_class s
                  join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
                  join pg_class t on t.oid = d.refobjid
                  join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                  join pg_namespace n on n.oid = s.relnamespace
                 where s.relkind = 'S'
                   and n.nspname = 'public'
                """)) {
            while (owned.next()) {
                String column = quote(owned.getString("column_name"));
                String table = "public." + quote(owned.getString("table_name"));
                updates.add("select setval('public." + quote(owned.getString("sequence_name")) + "', "
                        + "coalesce((select max(" + column + ") from " + table + "), 1), "
                        + "(select max(" + column + ") from " + table + ") is not null)");
            }
        }
        for (String update : updates) {
            statement.execute(update);
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("""
                        select version
                          from public.flyway_schema_history
                         where success
                           and version is not null
                         order by installed_rank desc
                         limit 1
                        """)) {
            if (!version.next()) {
                throw new IllegalStateException("No migrated schema in this database");
            }
            return version.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select tablename
                          from pg_tables
                         where schemaname = 'public'
                         order by tablename
                        """)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException("Not a backup of this platform: " + name + " is missing");
        }
        return entry;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The copy API closes the stream it writes to; the zip must stay open for the next entry. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
