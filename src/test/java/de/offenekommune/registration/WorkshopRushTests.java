package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import de.offenekommune.programme.Session;

/**
 * 200 people at once choose among three parallel workshops of 20 places, through two application copies
 * sharing one PostgreSQL; then seat holders of one workshop cancel at once. No workshop is ever over its
 * places, and each place goes to whoever chose the workshop first among those with a seat at the event.
 */
@Tag("concurrency")
@IntegrationTest
class WorkshopRushTests {

    static final int PEOPLE = 200;
    static final int EVENT_SEATS = 170;
    static final int PLACES = 20;
    static final int CLIENTS = 48;
    static final int CANCELLATIONS = 10;

    static ConfigurableApplicationContext secondCopy;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestHttp http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationManagement management;

    @BeforeAll
    static void start_a_second_copy() {
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
    void two_hundred_people_fill_three_workshops_of_twenty_exactly_and_in_order_across_two_copies() throws Exception {
        // GIVEN an event with 170 seats and three parallel workshops of 20 places
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        WorkshopFixtures workshops = new WorkshopFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, EVENT_SEATS);
        List<Session> offered = List.of(workshops.workshop(organizer, event, "Werkstatt 1", 30, 120, PLACES),
                workshops.workshop(organizer, event, "Werkstatt 2", 30, 120, PLACES),
                workshops.workshop(organizer, event, "Werkstatt 3", 30, 120, PLACES));
        int secondPort = ((WebServerApplicationContext) secondCopy).getWebServer().getPort();
        RegistrationRush rush = new RegistrationRush(List.of(http.baseUrl(), "http://localhost:" + secondPort));
        List<String> emails = IntStream.range(0, PEOPLE).mapToObj(i -> RegistrationFixtures.email("workshop" + i)).toList();

        // WHEN 200 people register at once, each choosing one of the workshops, every tenth none
        long started = System.nanoTime();
        List<Integer> statuses = rush.register(event, emails, CLIENTS,
                i -> i % 10 == 9 ? "" : ",\"workshops\":[\"" + offered.get(i % 3).id() + "\"]");
        System.out.printf("Workshop rush: %d registrations from %d clients against 2 application copies in %d ms%n",
                PEOPLE, CLIENTS, (System.nanoTime() - started) / 1_000_000);

        // THEN every one was taken, and each workshop has exactly its places, given in the order of choice
        assertThat(statuses).as("HTTP statuses").containsOnly(202);
        for (Session workshop : offered) {
            assertThat(workshops.seats(workshop)).as(workshop.title()).hasSize(PLACES);
            assertPlacesInOrder(workshop);
        }
        Set<String> seatedBefore = seated(event);

        // GIVEN ten holders of a place in the first workshop who confirmed their address
        List<String> personal = workshops.seats(offered.get(0)).subList(0, CANCELLATIONS).stream()
                .map(email -> management.confirm(RegistrationFixtures.confirmToken(
                        fixtures.lastMail(email, "registration_requested_to_registrant"))))
                .toList();

        // WHEN they all cancel at once, through both copies
        assertThat(rush.cancel(personal, CANCELLATIONS)).as("HTTP statuses").containsOnly(303);

        // THEN the workshops are full again, still in order, and whoever got a place was told once
        for (Session workshop : offered) {
            assertThat(workshops.seats(workshop)).as(workshop.title()).hasSize(PLACES);
            assertPlacesInOrder(workshop);
        }
        Set<String> newlySeated = new HashSet<>(seated(event));
        newlySeated.removeAll(seatedBefore);
        assertThat(newlySeated).hasSizeGreaterThanOrEqualTo(CANCELLATIONS);
        assertThat(workshopMails(event)).isEqualTo(newlySeated.stream()
                .collect(Collectors.groupingBy(place -> place.substring(0, place.indexOf(' ')), Collectors.counting())));

        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.sql("""
                        select count(*)
                          from outbox_mail m
                          join registration r on m.reference = 'registration:' || r.id
                         where r.event_id = :event
                           and m.status = 'PENDING'
                        """).param("event", event.id().value()).query(Long.class).single() == 0);
    }

    /**
     * The places of the workshop belong to the first who chose it among those with a seat at the event, and
     * it is never over its places; everyone else who chose it waits.
     */
    private void assertPlacesInOrder(Session workshop) {
        List<Map.Entry<String, Boolean>> choosers = jdbc.sql("""
                        select p.state, r.state in ('PENDING_CONFIRMATION', 'CONFIRMED') as seated
                          from registration_session_place p
                          join registration r on r.id = p.registration_id
                         where p.session_id = :session
                         order by p.waitlist_seq
                        """)
                .param("session", workshop.id().value())
                .query((rs, row) -> Map.entry(rs.getString("state"), rs.getBoolean("seated")))
                .list();
        List<String> statesOfSeated = choosers.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        int places = (int) Math.min(PLACES, statesOfSeated.size());
        assertThat(statesOfSeated.subList(0, places)).as(workshop.title() + ": the first with a seat").containsOnly("SEAT");
        assertThat(statesOfSeated.subList(places, statesOfSeated.size())).as(workshop.title() + ": the rest")
                .containsOnly("WAITLISTED");
        assertThat(choosers.stream().filter(entry -> !entry.getValue()).map(Map.Entry::getKey))
                .as(workshop.title() + ": those without a seat at the event").containsOnly("WAITLISTED");
    }

    /** "registration-id session-id" of every workshop place held in the event. */
    private Set<String> seated(Event event) {
        return Set.copyOf(jdbc.sql("""
                        select registration_id || ' ' || session_id
                          from registration_session_place
                         where event_id = :event
                           and state = 'SEAT'
                        """)
                .param("event", event.id().value()).query(String.class).list());
    }

    /** The workshop-place mails per registration id. */
    private Map<String, Long> workshopMails(Event event) {
        return jdbc.sql("""
                        select r.id::text as registration, count(*) as n
                          from outbox_mail m
                          join registration r on m.reference = 'registration:' || r.id
                         where r.event_id = :event
                           and m.template = 'workshop_place_to_registrant'
                         group by r.id
                        """)
                .param("event", event.id().value())
                .query((rs, row) -> Map.entry(rs.getString("registration"), rs.getLong("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
