package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMails;

/**
 * The rush the issue describes, against one application copy: 400 registrations at once for 50 seats,
 * then 20 cancellations at once.
 */
@Tag("concurrency")
@IntegrationTest
class RegistrationRushTests {

    static final int CAPACITY = 50;
    static final int REGISTRATIONS = 400;
    static final int CLIENTS = 64;
    static final int CANCELLATIONS = 20;

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

    @Test
    void four_hundred_parallel_registrations_fill_fifty_seats_exactly_and_cancellations_promote_each_seat_once()
            throws Exception {
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), CAPACITY);
        rush(new RegistrationRush(List.of(http.baseUrl())), event, jdbc, mails, management, fixtures);
    }

    /** Shared with the two-copy test. */
    static void rush(RegistrationRush rush, Event event, JdbcClient jdbc, OutboxMails mails,
            RegistrationManagement management, RegistrationFixtures fixtures) throws Exception {
        List<String> emails = IntStream.range(0, REGISTRATIONS).mapToObj(i -> RegistrationFixtures.email("rush" + i)).toList();

        // WHEN 400 people register at once
        long started = System.nanoTime();
        List<Integer> statuses = rush.register(event, emails, CLIENTS);
        System.out.printf("Rush: %d registrations from %d clients against %d application copies in %d ms (informative)%n",
                REGISTRATIONS, CLIENTS, rush.copies(), (System.nanoTime() - started) / 1_000_000);

        // THEN none failed, exactly 50 hold a seat, 350 wait in distinct places and were told them
        assertThat(statuses).as("HTTP statuses").containsOnly(202);
        RegistrationRush.assertSeatsAndWaitlist(jdbc, mails, event, CAPACITY, REGISTRATIONS);
        assertThat(RegistrationRush.toldPositions(jdbc, fixtures.testMail(), event)).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, REGISTRATIONS - CAPACITY).boxed().toList());

        // GIVEN 20 seat holders who confirmed
        List<String> seatHolders = jdbc.sql("""
                        select email
                          from registration
                         where event_id = :event
                           and state = 'PENDING_CONFIRMATION'
                         order by created_at
                         limit :n
                        """)
                .param("event", event.id().value()).param("n", CANCELLATIONS).query(String.class).list();
        List<String> personal = seatHolders.stream()
                .map(email -> management.confirm(RegistrationFixtures.confirmToken(
                        fixtures.lastMail(email, "registration_requested_to_registrant"))))
                .toList();
        List<String> firstInLine = jdbc.sql("""
                        select email
                          from registration
                         where event_id = :event
                           and state = 'WAITLISTED'
                         order by waitlist_seq
                         limit :n
                        """)
                .param("event", event.id().value()).param("n", CANCELLATIONS).query(String.class).list();

        // WHEN they all cancel at once
        started = System.nanoTime();
        assertThat(rush.cancel(personal, CANCELLATIONS)).as("HTTP statuses").containsOnly(303);
        System.out.printf("Rush: %d parallel cancellations in %d ms (informative)%n", CANCELLATIONS,
                (System.nanoTime() - started) / 1_000_000);

        // THEN exactly the first 20 on the waitlist moved up, each once, and the seats are full again
        RegistrationRush.assertSeatsAndWaitlist(jdbc, mails, event, CAPACITY,
                REGISTRATIONS - CANCELLATIONS);
        Map<String, Long> promotions = promotionMails(jdbc, event);
        assertThat(promotions.keySet()).containsExactlyInAnyOrderElementsOf(firstInLine.stream().map(String::toLowerCase).toList());
        assertThat(promotions.values()).containsOnly(1L);
        assertThat(jdbc.sql("select count(*) from registration where event_id = :event and state = 'CANCELLED'")
                .param("event", event.id().value()).query(Long.class).single()).isEqualTo(CANCELLATIONS);

        // The rush's mails go out before the next test, which must not wait behind hundreds of them.
        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.sql("""
                        select count(*)
                          from outbox_mail m
                          join registration r on m.reference = 'registration:' || r.id
                         where r.event_id = :event
                           and m.status = 'PENDING'
                        """).param("event", event.id().value()).query(Long.class).single() == 0);
    }

    private static Map<String, Long> promotionMails(JdbcClient jdbc, Event event) {
        return jdbc.sql("""
                        select lower(r.email) as recipient, count(*) as n
                          from outbox_mail m
                          join registration r on m.reference = 'registration:' || r.id
                         where r.event_id = :event
                           and m.template = 'registration_promoted_to_registrant'
                         group by lower(r.email)
                        """)
                .param("event", event.id().value())
                .query((rs, row) -> Map.entry(rs.getString("recipient"), rs.getLong("n")))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
