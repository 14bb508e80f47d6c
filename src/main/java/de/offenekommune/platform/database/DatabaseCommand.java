package de.offenekommune.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar offene-kommune.jar backup <file>} and {@code … restore <file>}: the database the application
 * would use (the same {@code SPRING_DATASOURCE_*} or {@code OK_DATA_DIR} settings) backed up while it runs, or
 * restored into a new data folder or an empty external database. See the README, section Backup.
 */
@NamedInterface("database-commands")
public final class DatabaseCommand {

    private DatabaseCommand() {
    }

    /** @return the exit code when {@code args} name a database command, else empty and nothing happened */
    public static Optional<Integer> run(String[] args) {
        if (args.length == 0 || !List.of("backup", "restore").contains(args[0])) {
            return Optional.empty();
        }
        if (args.length != 2) {
            System.err.println("Usage: java -jar offene-kommune.jar backup|restore <file>");
            return Optional.of(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            Properties manifest = args[0].equals("backup") ? backup(System.getenv(), file) : restore(System.getenv(), file);
            System.out.println(args[0] + " of schema version " + manifest.getProperty("schemaVersion") + " done: " + file);
            return Optional.of(0);
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return Optional.of(1);
        }
    }

    static Properties backup(Map<String, String> env, Path file) throws IOException, SQLException {
        try (Connection connection = dataSource(env, false).getConnection()) {
            return DatabaseBackup.write(connection, file);
        }
    }

    static Properties restore(Map<String, String> env, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No backup file at " + file);
        }
        return DatabaseBackup.restore(dataSource(env, true), file);
    }

    /**
     * The external database, else the embedded one of the data folder: reached where a running application
     * already serves it, otherwise started here (and stopped with this process).
     */
    private static PGSimpleDataSource dataSource(Map<String, String> env, boolean forRestore) throws IOException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        String url = env.get("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            dataSource.setUrl(url);
            dataSource.setUser(env.get("SPRING_DATASOURCE_USERNAME"));
            dataSource.setPassword(env.get("SPRING_DATASOURCE_PASSWORD"));
            return dataSource;
        }
        Path folder = embeddedFolder(env);
        Optional<Integer> runningPort = EmbeddedPostgresServer.runningPort(folder);
        if (forRestore && (runningPort.isPresent() || isNonEmptyFolder(folder))) {
            throw new IOException("The data folder " + folder + " is in use; restore into a new one (OK_DATA_DIR)");
        }
        if (!forRestore && runningPort.isEmpty() && !isNonEmptyFolder(folder)) {
            throw new IOException("No database in " + folder + " (set OK_DATA_DIR)");
        }
        String jdbcUrl = runningPort.map(port -> "jdbc:postgresql://localhost:" + port + "/postgres")
                .orElseGet(() -> EmbeddedPostgresServer.startOrReuse(
                        new EmbeddedPostgresProperties(folder, 0, true, false)).jdbcUrl());
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser("postgres");
        return dataSource;
    }

    static Path embeddedFolder(Map<String, String> env) {
        String folder = env.get("OK_EMBEDDED_POSTGRES_DATA_DIR");
        if (folder != null && !folder.isBlank()) {
            return Path.of(folder);
        }
        String data = env.getOrDefault("OK_DATA_DIR", "./data");
        return Path.of(data.isBlank() ? "./data" : data, "postgres");
    }

    private static boolean isNonEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

}
