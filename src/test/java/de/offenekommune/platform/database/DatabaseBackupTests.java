package de.offenekommune.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;

/**
 * A backup taken while the platform runs is restored into a new embedded PostgreSQL, in a new data folder,
 * and holds every event, registration and comment.
 */
@IntegrationTest
class DatabaseBackupTests {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    CommentSubmissions comments;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_backup_restored_into_a_new_data_folder_holds_every_event_registration_and_comment(@TempDir Path temp)
            throws Exception {
        // GIVEN events, a registration and a comment
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        Event event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop("Sicherung und Wiederherstellung", LocalDateTime.now().plusDays(20).withHour(18))
                .registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 30, null, null))
                .build());
        fixtures.draft(organizer, organization, EventDetailsBuilder.referenceEvent().build());
        new TransactionTemplate(transactions).executeWithoutResult(status -> registrations.register(event.id(),
                new RegistrationInput("Erika Mustermann", TestFixtures.unique("erika") + "@example.org", null, null,
                        null, null, true, Locale.GERMAN, null)));
        comments.submit(event, new CommentSubmission(null, null, "Wird die Sicherung auch geprüft?", null, false),
                new Commenter(organizer.principal(), "198.18.7.7", Locale.GERMAN), Instant.now().minusSeconds(120));
        List<UUID> events = ids("event");
        List<UUID> registered = ids("registration");
        List<UUID> commented = ids("event_comment");
        assertThat(registered).isNotEmpty();
        assertThat(commented).isNotEmpty();

        // WHEN a backup is written while the application runs
        Path backup = temp.resolve("offene-kommune.backup");
        Properties written;
        try (Connection connection = dataSource.getConnection()) {
            written = DatabaseBackup.write(connection, backup);
        }
        // AND restored into a new PostgreSQL with its own data folder
        Path folder = temp.resolve("restored/postgres");
        EmbeddedPostgresServer restored = EmbeddedPostgresServer.startOrReuse(
                new EmbeddedPostgresProperties(folder, 0, false, false));
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setUrl(restored.jdbcUrl());
        target.setUser("postgres");
        Properties read = DatabaseBackup.restore(target, backup);

        // THEN the new database holds every event, registration and comment, with the schema of the backup
        JdbcClient restoredJdbc = JdbcClient.create(target);
        assertThat(ids(restoredJdbc, "event")).containsExactlyElementsOf(events).contains(event.id().value());
        assertThat(ids(restoredJdbc, "registration")).containsExactlyElementsOf(registered);
        assertThat(ids(restoredJdbc, "event_comment")).containsExactlyElementsOf(commented);
        assertThat(read.getProperty("schemaVersion")).isEqualTo(written.getProperty("schemaVersion"));
        assertThat(restoredJdbc.sql("select title from event where id = :id").param("id", event.id().value())
                .query(String.class).single()).isEqualTo("Sicherung und Wiederherstellung");
        assertThat(Files.list(temp).map(Path::getFileName).map(Path::toString))
                .noneMatch(name -> name.endsWith(".partial"));

        // AND a second restore into the same, now filled database is refused
        assertThatThrownBy(() -> DatabaseBackup.restore(target, backup))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
    }

    @Test
    void the_restore_command_refuses_a_data_folder_in_use() throws Exception {
        // GIVEN an embedded PostgreSQL running in its folder (its own: a run against an external database has none;
        // it runs until the JVM ends, so the folder is one of the build's, not a temporary one deleted under it)
        Path running = Path.of("target", "restore-in-use", UUID.randomUUID().toString()).toAbsolutePath();
        EmbeddedPostgresServer.startOrReuse(new EmbeddedPostgresProperties(running, 0, false, false));

        // WHEN a backup is to be restored into that folder THEN the command refuses before it touches anything
        assertThatThrownBy(() -> DatabaseCommand.restore(Map.of("OK_EMBEDDED_POSTGRES_DATA_DIR", running.toString()),
                Files.createTempFile("backup", ".zip")))
                .hasMessageContaining("in use");
    }

    private List<UUID> ids(String table) {
        return ids(jdbc, table);
    }

    private static List<UUID> ids(JdbcClient jdbc, String table) {
        return jdbc.sql("select id from " + table + " order by id").query(UUID.class).list();
    }
}
