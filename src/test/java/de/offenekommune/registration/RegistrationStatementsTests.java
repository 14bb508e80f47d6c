package de.offenekommune.registration;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.StatementCounter;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.RegistrationBatches;
import de.offenekommune.registration.internal.RegistrationInput;

/**
 * A registration from the form or the API costs a fixed, small number of SQL statements: the event is read once
 * before and once under the seat lock, and the seats are counted only there. People who register at the same
 * moment share the lock, the event read under it, the saved count, the scheduling of their mails and the writing
 * of their bodies: what a rush costs per person is what only that person needs.
 */
@IntegrationTest
class RegistrationStatementsTests {

    /**
     * Measured: 25 (seat) and 26 (waitlist) before the seats had one home; 21 and 22 since, one of them
     * writing the mail's bodies after the commit; 23 and 24 with the event's questions read for checking the
     * answers and the workshops' waiting lists looked at under the lock when the seats change; 20 and 21 since
     * both rate limits count in one statement, the workshops are looked at only for who chose one, and the mail's
     * task is scheduled with one statement instead of a look-up and an insert.
     */
    static final int MOST_STATEMENTS_PER_REGISTRATION = 20;
    /** The event's first registration also makes its seat count and reads the event once more. */
    static final int MOST_STATEMENTS_FIRST = 24;
    /** The API reads the event by its id, not its slug, and without an idempotency key checks no submission. */
    static final int MOST_STATEMENTS_PER_API_REGISTRATION = 18;
    /**
     * With the lock shared: the event, its settings and questions, the address (once before the lock, once under it)
     * and both rate limits; the registration and its token.
     */
    static final int MOST_STATEMENTS_PER_REGISTRATION_SHARING_A_LOCK = 9;
    /**
     * Once per shared lock: the lock and its wait limit, the event read under it, whether anyone waits and the place
     * of the first on the waitlist, the saved count, the mails, their tasks and their bodies.
     */
    static final int MOST_STATEMENTS_PER_SHARED_LOCK = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter statements;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    RegistrationBatches batches;

    RegistrationFixtures fixtures;
    Event event;

    @BeforeEach
    void an_event_with_two_seats_and_a_registration() throws Exception {
        fixtures = new RegistrationFixtures(context);
        event = fixtures.publishedEvent(fixtures.organizer(), 2);
        // the first registration also makes the event's seat count
        assertThat(statementsFor(form(RegistrationFixtures.email("erste")))).isBetween(1, MOST_STATEMENTS_FIRST);
    }

    @Test
    void a_registration_for_a_seat_needs_a_fixed_number_of_statements() throws Exception {
        assertThat(statementsFor(form(RegistrationFixtures.email("sitz")))).isBetween(1, MOST_STATEMENTS_PER_REGISTRATION);
    }

    @Test
    void a_registration_for_the_waitlist_needs_a_fixed_number_of_statements() throws Exception {
        statementsFor(form(RegistrationFixtures.email("zweite")));
        // one more for the place on the waitlist the mail tells
        assertThat(statementsFor(form(RegistrationFixtures.email("warte")))).isBetween(1, MOST_STATEMENTS_PER_REGISTRATION + 1);
    }

    @Test
    void a_registration_through_the_api_needs_a_fixed_number_of_statements() throws Exception {
        statements.reset();
        mvc.perform(post("/api/v1/events/" + event.id().value() + "/registrations")
                        .with(RegistrationFixtures.fromNewAddress())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Erika Muster\",\"email\":\"" + RegistrationFixtures.email("api")
                                + "\",\"consent\":true}"))
                .andExpect(status().isAccepted());
        print("registration through the API", statements.statements());

        assertThat(statements.count()).isBetween(1, MOST_STATEMENTS_PER_API_REGISTRATION);
    }

    @Test
    void people_registering_at_the_same_moment_share_the_statements_of_the_lock() throws Exception {
        // GIVEN the event's seats held by work that is stuck, and ten people registering behind it
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = new Thread(() -> batches.run(event.id(), () -> {
            started.countDown();
            awaitQuietly(release);
            return 0;
        }));
        stuck.start();
        started.await();
        List<FutureTask<List<String>>> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = RegistrationFixtures.email("zugleich" + i);
            FutureTask<List<String>> person = new FutureTask<>(() -> {
                statements.reset();
                management.register(event.id(), new RegistrationInput("Erika Muster", email, null, null, null, null,
                        true, Locale.GERMAN, null));
                return statements.statements();
            });
            Thread thread = new Thread(person);
            thread.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> thread.getState() == Thread.State.WAITING);
            people.add(person);
        }

        // WHEN the stuck work ends and the ten are written together
        release.countDown();
        List<String> all = new ArrayList<>();
        for (FutureTask<List<String>> person : people) {
            all.addAll(person.get(10, TimeUnit.SECONDS));
        }
        stuck.join(10_000);
        print("ten registrations sharing one lock", all);

        // THEN the statements of the lock were sent once for all of them
        assertThat(all).hasSizeBetween(10, 10 * MOST_STATEMENTS_PER_REGISTRATION_SHARING_A_LOCK
                + MOST_STATEMENTS_PER_SHARED_LOCK);
        assertThat(all).filteredOn(sql -> sql.contains("for update")).hasSize(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void print(String what, List<String> sql) {
        System.out.printf("%s: %d SQL statements%n", what, sql.size());
        sql.forEach(statement -> System.out.println("  " + statement));
    }

    private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        statements.reset();
        mvc.perform(request).andExpect(status().isSeeOther());
        print("registration", statements.statements());
        return statements.count();
    }

    private MockHttpServletRequestBuilder form(String email) throws Exception {
        return post("/events/" + event.slug() + "/registration").with(formToken(mvc))
                .with(RegistrationFixtures.fromNewAddress())
                .param("name", "Erika Muster").param("email", email).param("consent", "true")
                .param("submission", UUID.randomUUID().toString());
    }
}
