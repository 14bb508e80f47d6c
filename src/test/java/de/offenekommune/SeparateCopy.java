package de.offenekommune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A second copy of the application in this JVM with a PostgreSQL of its own, which a test may stop and
 * start again without touching the database of all other tests. It runs with the settings of a fresh
 * installation where the tests' profile differs: no trusted proxies. The shared copy ({@link #get()}) is
 * started on first use and stopped with the JVM; {@link #fresh(String...)} starts one for a single test.
 */
public final class SeparateCopy implements AutoCloseable {

    private static SeparateCopy running;

    private final Path dataDir;
    private final int databasePort;
    private final ConfigurableApplicationContext context;
    private EmbeddedPostgres postgres;

    private SeparateCopy(String... settings) throws IOException {
        dataDir = Files.createTempDirectory("ok-separate-postgres");
        postgres = database(0);
        databasePort = postgres.getPort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres",
                "--ok.trusted-proxies="));
        arguments.addAll(List.of(settings));
        context = new SpringApplicationBuilder(OffeneKommuneApplication.class, TestMail.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    /**
     * A copy of its own on an empty database, for one test, which closes it; {@code settings} are
     * command-line arguments such as {@code --ok.admin.email=...}.
     */
    public static SeparateCopy fresh(String... settings) {
        try {
            return new SeparateCopy(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized SeparateCopy get() {
        if (running == null) {
            try {
                running = new SeparateCopy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        return running;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Real HTTP against this copy. */
    public TestHttp http() {
        return new TestHttp(port());
    }

    /** Stops PostgreSQL as an operator would ({@code pg_ctl stop -m fast}): connections end, new ones are refused. */
    public synchronized void stopDatabase() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /** Starts it again on the same port with the same data. */
    public synchronized void startDatabase() {
        if (postgres == null) {
            try {
                postgres = database(databasePort);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private EmbeddedPostgres database(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("fsync", "off")
                .start();
    }

    @Override
    public synchronized void close() {
        context.close();
        stopDatabase();
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            // A folder in the temporary directory; the system cleans it up eventually.
        }
    }
}
