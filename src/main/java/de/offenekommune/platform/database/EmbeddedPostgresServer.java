package de.offenekommune.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server per data folder and JVM.
 *
 * <p>Several application contexts in one JVM (tests, or two app copies in a cluster test) share the
 * server of a folder instead of fighting over it. The server stops with the JVM. A start may begin
 * early, in the background ({@link EarlyEmbeddedPostgres}); whoever needs the server waits for that one.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server of the folder: started now, or the one that is running or starting (then waits for it). */
    static EmbeddedPostgresServer startOrReuse(EmbeddedPostgresProperties properties) {
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        CompletableFuture<EmbeddedPostgresServer> server = starting(dir, properties);
        try {
            return server.join();
        } catch (CompletionException e) {
            // A start that failed is not kept: the next attempt (another context) tries again.
            RUNNING.remove(dir, server);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Begins the folder's start on a thread of its own, unless it is running or starting already. */
    static void startInBackground(EmbeddedPostgresProperties properties) {
        starting(properties.dataDir().toAbsolutePath().normalize(), properties);
    }

    /** Whether the folder's server runs or is starting in this JVM. */
    static boolean isStartedHere(Path dir) {
        return RUNNING.containsKey(dir.toAbsolutePath().normalize());
    }

    private static CompletableFuture<EmbeddedPostgresServer> starting(Path dir, EmbeddedPostgresProperties properties) {
        return RUNNING.computeIfAbsent(dir, d -> CompletableFuture.supplyAsync(() -> start(d, properties), task -> {
            Thread thread = new Thread(task, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /**
     * The port of a PostgreSQL that serves the folder now (another process, e.g. the running application),
     * as its {@code postmaster.pid} tells.
     */
    static Optional<Integer> runningPort(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            if (lines.size() < 4 || ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgresServer start(Path dir, EmbeddedPostgresProperties properties) {
        try {
            if (properties.cleanStart()) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "200")
                    .setDataDirectoryCustomizer(EmbeddedPostgresServer::stopOrphanedPostmaster);
            if (properties.durable()) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            log.info("Starting embedded PostgreSQL with data folder {}", dir);
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dir, e);
        }
    }

    /**
     * A JVM that was killed leaves its postmaster running; a new one could not start on the same folder.
     */
    private static void stopOrphanedPostmaster(File dataDirectory) {
        Path pidFile = dataDirectory.toPath().resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
                log.warn("Stopping orphaned PostgreSQL process {} of {}", pid, dataDirectory);
                process.destroy();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read {}: {}", pidFile, e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
