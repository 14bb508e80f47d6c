package de.offenekommune.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded PostgreSQL starts while Spring wires the application, and the data source gets that server. */
class EarlyEmbeddedPostgresTests {

    @TempDir
    Path temp;

    @Test
    void the_database_comes_up_in_the_background_once_the_configuration_is_read_and_the_data_source_gets_it()
            throws Exception {
        // GIVEN the configuration of a start without an external database (the server runs until the JVM ends, so
        // its folder is one of the build's, not a temporary one deleted under it)
        Path folder = Path.of("target", "early-postgres", UUID.randomUUID().toString());
        StandardEnvironment environment = environment(Map.of("ok.embedded-postgres.data-dir", folder.toString(),
                "ok.embedded-postgres.port", "0", "ok.embedded-postgres.durable", "false"));

        // WHEN the configuration has been read
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(environment));

        // THEN PostgreSQL comes up in its folder without anyone asking for a connection
        Integer port = await().atMost(Duration.ofSeconds(90))
                .until(() -> EmbeddedPostgresServer.runningPort(folder).orElse(null), Objects::nonNull);
        // AND the data source gets that very server, not a second one
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(
                new EmbeddedPostgresProperties(folder, 0, false, false));
        assertThat(server.jdbcUrl()).contains(":" + port + "/");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                ResultSet answer = connection.createStatement().executeQuery("select 1")) {
            assertThat(answer.next()).isTrue();
        }
    }

    @Test
    void with_an_external_database_no_embedded_one_is_started() {
        // GIVEN the configuration of a start with an external database
        Path folder = temp.resolve("postgres");
        StandardEnvironment environment = environment(Map.of("ok.embedded-postgres.data-dir", folder.toString(),
                "spring.datasource.url", "jdbc:postgresql://db.example.internal:5432/offene_kommune"));

        // WHEN the configuration has been read
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(environment));

        // THEN no embedded server runs or starts for the folder
        assertThat(EmbeddedPostgresServer.isStartedHere(folder)).isFalse();
    }

    /**
     * Only the given properties: the machine's environment variables and system properties stay out, since a
     * build that runs against an external database sets {@code SPRING_DATASOURCE_URL} for the whole run.
     */
    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static ApplicationEnvironmentPreparedEvent prepared(StandardEnvironment environment) {
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}
