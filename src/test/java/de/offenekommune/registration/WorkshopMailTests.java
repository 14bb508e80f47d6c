package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.StatementCounter;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.registration.internal.Reminders;

/**
 * The mails of a registration name the workshops the person chose, as the mail server received them: with a
 * place or a place on the workshop's waitlist, its time in the event's time zone and its room; someone who chose
 * none reads nothing of workshops.
 */
@IntegrationTest
class WorkshopMailTests {

    private static final String CONFIRMED = "registration_confirmed_to_registrant";
    private static final String PROMOTED = "registration_promoted_to_registrant";
    /** The first line of the statement that reads one registration's workshop places. */
    private static final String PLACES_OF_REGISTRATION = "select p.session_id, p.state,";

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    Reminders reminders;
    @Autowired
    TestClock clock;
    @Autowired
    StatementCounter statements;

    RegistrationFixtures fixtures;
    WorkshopFixtures workshops;
    RegistrationFixtures.Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        workshops = new WorkshopFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void real_time_again() {
        clock.reset();
    }

    @Test
    void confirmation_and_reminder_tell_who_has_a_workshop_place_and_who_waits_for_one_and_nothing_to_the_others() {
        // GIVEN a workshop of one place in the Aula, half an hour after the start, chosen by two of three people
        Event event = fixtures.publishedEvent(organizer, 10);
        RoomId aula = workshops.room(organizer, event, "Aula");
        Session data = workshops.workshop(organizer, event, "Offene Daten im Rat", 30, 90, 1, aula);
        String anna = RegistrationFixtures.email("anna");
        String ben = RegistrationFixtures.email("ben");
        String cem = RegistrationFixtures.email("cem");
        management.register(event.id(), WorkshopFixtures.choosing("Anna", anna, data));
        management.register(event.id(), WorkshopFixtures.choosing("Ben", ben, data));
        management.register(event.id(), WorkshopFixtures.choosing("Cem", cem));

        // WHEN all three confirm their address
        List<String> annaStatements = confirmCounting(anna);
        fixtures.confirm(ben);
        List<String> cemStatements = confirmCounting(cem);

        // THEN the workshops are read for the mail of who chose one, and not a statement more for the others
        assertThat(annaStatements).anyMatch(sql -> sql.startsWith(PLACES_OF_REGISTRATION));
        assertThat(cemStatements).noneMatch(sql -> sql.startsWith(PLACES_OF_REGISTRATION))
                .noneMatch(sql -> sql.contains("programme_"));

        // THEN the confirmation lists the workshop with its time and room, and the place or the waitlist position
        String when = sessionTime(event, 30, 90);
        OutboxMail annaConfirmed = fixtures.lastMail(anna, CONFIRMED);
        assertThat(annaConfirmed.text()).contains("Ihre Workshops", "- Offene Daten im Rat", "Wann: " + when,
                "Wo: Aula", "Sie haben einen Platz in diesem Workshop.", "über Ihren persönlichen Link ändern")
                .doesNotContain("Warteliste");
        assertThat(annaConfirmed.html()).contains("<h2>Ihre Workshops</h2>", "<strong>Offene Daten im Rat</strong>",
                "Wo: Aula", "Sie haben einen Platz in diesem Workshop.", "#workshops-heading\">Workshops ändern</a>");
        OutboxMail benConfirmed = fixtures.lastMail(ben, CONFIRMED);
        assertThat(benConfirmed.text()).contains("- Offene Daten im Rat", "Wann: " + when, "Wo: Aula",
                "Sie stehen auf Platz 1 der Warteliste für diesen Workshop.")
                .doesNotContain("Sie haben einen Platz in diesem Workshop.");
        assertThat(benConfirmed.html()).contains("Sie stehen auf Platz 1 der Warteliste für diesen Workshop.");
        OutboxMail cemConfirmed = fixtures.lastMail(cem, CONFIRMED);
        assertThat(cemConfirmed.text()).doesNotContain("Workshop").doesNotContain("\n\n\n");
        assertThat(cemConfirmed.html()).doesNotContain("Workshop");

        // WHEN the reminders go out the day before
        clock.set(event.details().schedule().start().minus(Duration.ofHours(23)));
        reminders.run();

        // THEN they list the same
        OutboxMail annaReminded = fixtures.lastMail(anna, ReminderTests.TEMPLATE);
        assertThat(annaReminded.text()).contains("- Offene Daten im Rat", "Wann: " + when, "Wo: Aula",
                "Sie haben einen Platz in diesem Workshop.");
        assertThat(annaReminded.html()).contains("<strong>Offene Daten im Rat</strong>");
        assertThat(fixtures.lastMail(ben, ReminderTests.TEMPLATE).text()).contains("- Offene Daten im Rat",
                "Sie stehen auf Platz 1 der Warteliste für diesen Workshop.");
        OutboxMail cemReminded = fixtures.lastMail(cem, ReminderTests.TEMPLATE);
        assertThat(cemReminded.text()).doesNotContain("Workshop");
        assertThat(cemReminded.html()).doesNotContain("Workshop");
    }

    @Test
    void who_waits_for_a_seat_learns_that_workshop_places_follow_and_moving_up_brings_the_place_in_the_same_mail() {
        // GIVEN an event of one seat, and a workshop with places to spare chosen by the seat holder and the next
        Event event = fixtures.publishedEvent(organizer, 1);
        Session workshop = workshops.workshop(organizer, event, "Stadtteilkonferenz", 30, 90, 5);
        String first = RegistrationFixtures.email("first");
        String second = RegistrationFixtures.email("second");
        management.register(event.id(), WorkshopFixtures.choosing("Erste", first, workshop));
        management.register(event.id(), WorkshopFixtures.choosing("Zweite", second, workshop));
        String firstToken = fixtures.confirm(first);

        // WHEN the second confirms from the event's waitlist
        fixtures.confirm(second);

        // THEN the workshop is listed as chosen, its place to come with a seat, without a position
        assertThat(fixtures.lastMail(second, CONFIRMED).text()).contains("- Stadtteilkonferenz",
                "Einen Platz in diesem Workshop bekommen Sie, sobald Sie bei der Veranstaltung selbst einen Platz haben.")
                .doesNotContain("der Warteliste für diesen Workshop");

        // WHEN the seat becomes free
        management.cancel(firstToken);

        // THEN the mail that tells of the seat tells of the workshop place too, and no second mail does
        assertThat(fixtures.lastMail(second, PROMOTED).text()).contains("- Stadtteilkonferenz",
                "Sie haben einen Platz in diesem Workshop.");
        assertThat(fixtures.mailsTo(second)).extracting(OutboxMail::template)
                .doesNotContain("workshop_place_to_registrant");
    }

    /** The statements of confirming the address through the link of the first mail, on this thread. */
    private List<String> confirmCounting(String email) {
        String token = RegistrationFixtures.confirmToken(fixtures.lastMail(email, "registration_requested_to_registrant"));
        statements.reset();
        management.confirm(token);
        return statements.statements();
    }

    /** "Samstag, 9. November 2013, 10:00–11:00 Uhr": the session's time as the event's is written. */
    private static String sessionTime(Event event, int fromMinutes, int toMinutes) {
        ZonedDateTime start = event.details().schedule().localStart();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
        return DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN).format(start) + ", "
                + time.format(start.plusMinutes(fromMinutes)) + "–" + time.format(start.plusMinutes(toMinutes)) + " Uhr";
    }
}
