package de.offenekommune.registration;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.OffeneKommuneApplication;
import de.offenekommune.TestHttp;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMails;

/**
 * The same rush against two application copies sharing one PostgreSQL, requests alternating between
 * them: seats are counted in the database, not in either copy. The second copy is a second Spring
 * context in this JVM, on its own port, with its own connection pool and scheduler.
 */
@Tag("concurrency")
@IntegrationTest
class TwoCopiesRegistrationRushTests {

    static ConfigurableApplicationContext secondCopy;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestHttp http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxMails mails;
    @Autowired
    RegistrationManagement management;

    @BeforeAll
    static void start_a_second_copy() {
        // A command-line argument outranks application.yml's port 8080: the copy gets a free port.
        secondCopy = new SpringApplicationBuilder(OffeneKommuneApplication.class)
                .profiles("test")
                .run("--server.port=0");
    }

    @AfterAll
    static void stop_the_second_copy() {
        if (secondCopy != null) {
            secondCopy.close();
        }
    }

    @Test
    void two_copies_fill_fifty_seats_exactly_and_promote_each_freed_seat_once() throws Exception {
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), RegistrationRushTests.CAPACITY);
        int secondPort = ((WebServerApplicationContext) secondCopy).getWebServer().getPort();

        RegistrationRushTests.rush(new RegistrationRush(List.of(http.baseUrl(), "http://localhost:" + secondPort)),
                event, jdbc, mails, management, fixtures);
    }
}
