package de.offenekommune.registration;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.RegistrationOptions;
import de.offenekommune.registration.internal.Reminders;

/**
 * Reminders before an event: who gets which, when, and that each person gets one per start time, also
 * when the job runs again, when its transaction is lost before the commit and when sending waits.
 */
@IntegrationTest
class ReminderTests {

    static final String TEMPLATE = "event_reminder_to_participant";
    static final Pattern CANCEL_LINK = Pattern.compile("https?://[^/\\s]+(/registrations/[A-Za-z0-9_-]{43}/cancel)");

    @Autowired
    ApplicationContext context;
    @Autowired
    Reminders reminders;
    @Autowired
    RegistrationManagement management;
    @Autowired
    ParticipantManagement participants;
    @Autowired
    EventManagement events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClock clock;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void real_time_again() {
        clock.reset();
        scheduler.resume();
    }

    @Test
    void seat_holders_get_one_reminder_a_day_before_with_calendar_and_cancel_link_the_waitlist_its_position_the_cancelled_none()
            throws Exception {
        // GIVEN two seats, one person who gave theirs back, one waiting with a confirmed address, one unconfirmed
        Event event = eventIn(Duration.ofDays(3), 2);
        String first = confirmed(event, "first");
        String leaving = RegistrationFixtures.email("leaving");
        register(event, leaving);
        String leavingToken = fixtures.confirm(leaving);
        String promoted = confirmed(event, "promoted");
        management.cancel(leavingToken);
        String waiting = confirmed(event, "waiting");
        String unconfirmed = RegistrationFixtures.email("unconfirmed");
        register(event, unconfirmed);
        Instant start = event.details().schedule().start();

        // WHEN the job runs two days before THEN nobody is reminded yet
        clock.set(start.minus(Duration.ofHours(25)));
        reminders.run();
        assertThat(reminders(first)).isZero();

        // WHEN it runs within the day before, and again THEN each person is reminded once
        clock.set(start.minus(Duration.ofHours(23)));
        reminders.run();
        reminders.run();
        assertThat(reminders(first)).isEqualTo(1);
        assertThat(reminders(promoted)).isEqualTo(1);
        assertThat(reminders(waiting)).isEqualTo(1);
        assertThat(reminders(leaving)).isZero();
        assertThat(reminders(unconfirmed)).isZero();

        OutboxMail seat = fixtures.lastMail(first, TEMPLATE);
        assertThat(seat.subject()).isEqualTo("Erinnerung: " + event.details().title());
        assertThat(seat.text()).contains("Rathaus Barmen").contains("Sie können nicht?")
                .contains("Geben Sie Ihren Platz frei").contains("/cancel");
        assertThat(new String(seat.attachment())).contains("BEGIN:VEVENT").contains("STATUS:CONFIRMED");
        OutboxMail note = fixtures.lastMail(waiting, TEMPLATE);
        assertThat(note.text()).contains("Platz 1").doesNotContain("Geben Sie Ihren Platz frei");
        assertThat(note.attachment()).isNull();

        // WHEN the person follows the link in the mail the server received THEN the seat goes to the waitlist
        Matcher link = CANCEL_LINK.matcher(seat.text());
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        mvc.perform(post(link.group(1)).with(formToken(mvc))).andExpect(status().isSeeOther());
        assertThat(fixtures.registration(first).state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(fixtures.registration(waiting).state()).isEqualTo(RegistrationState.CONFIRMED);
        reminders.run();
        assertThat(reminders(waiting)).as("moved up after the reminders went out: no second one").isEqualTo(1);
    }

    @Test
    void an_event_whose_organizer_switched_reminders_off_reminds_nobody_and_a_shorter_time_reminds_later() {
        Event off = eventIn(Duration.ofDays(3), 10);
        Event short_ = eventIn(Duration.ofDays(3), 10);
        String silent = confirmed(off, "off");
        String later = confirmed(short_, "short");
        participants.saveOptions(organizer.principal(), off.id(), RegistrationOptions.DEFAULT.withReminderHours(0));
        participants.saveOptions(organizer.principal(), short_.id(), RegistrationOptions.DEFAULT.withReminderHours(2));

        clock.set(off.details().schedule().start().minus(Duration.ofHours(3)));
        reminders.run();
        assertThat(reminders(silent)).isZero();
        assertThat(reminders(later)).isZero();

        clock.set(off.details().schedule().start().minus(Duration.ofMinutes(90)));
        reminders.run();
        assertThat(reminders(silent)).isZero();
        assertThat(reminders(later)).isEqualTo(1);
    }

    @Test
    void a_postponed_event_reminds_nobody_until_its_new_date_and_then_everyone_again_for_the_new_date() {
        // GIVEN a person reminded for the first date
        Event event = eventIn(Duration.ofDays(3), 10);
        String person = confirmed(event, "postponed");
        Schedule first = event.details().schedule();
        clock.set(first.start().minus(Duration.ofHours(20)));
        reminders.run();
        assertThat(reminders(person)).isEqualTo(1);

        // WHEN the event is postponed THEN nobody is reminded while no new date is known
        events.postpone(organizer.principal(), event.id(), "Die Aula wird renoviert.");
        reminders.run();
        assertThat(reminders(person)).isEqualTo(1);

        // WHEN it gets a new date a week later THEN the person is reminded again, once, a day before the new date
        Schedule moved = new Schedule(first.start().plus(Duration.ofDays(7)), first.end().plus(Duration.ofDays(7)),
                first.zone(), false);
        Event current = events.findManageable(organizer.principal(), event.id());
        events.revise(organizer.principal(), event.id(), current.version(), withSchedule(current.details(), moved), null,
                new Violations());
        events.publish(organizer.principal(), event.id());
        reminders.run();
        assertThat(reminders(person)).as("the new date is a week away").isEqualTo(1);

        clock.set(moved.start().minus(Duration.ofHours(20)));
        reminders.run();
        reminders.run();
        assertThat(reminders(person)).isEqualTo(2);
        String newDay = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).format(moved.localStart());
        assertThat(fixtures.lastMail(person, TEMPLATE).text()).contains(newDay);
    }

    @Test
    void a_run_lost_before_its_commit_leaves_nothing_and_a_committed_run_is_sent_once_after_a_restart() {
        Event event = eventIn(Duration.ofDays(3), 10);
        String person = confirmed(event, "crash");
        clock.set(event.details().schedule().start().minus(Duration.ofHours(23)));
        scheduler.pause();

        // WHEN the copy dies before the commit (its transaction rolls back) THEN neither mail nor mark remain
        transaction.executeWithoutResult(status -> {
            reminders.run();
            assertThat(queued(person)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(queued(person)).isZero();
        assertThat(remindedFor(event)).as("no mark").isEqualTo(Instant.EPOCH);

        // WHEN the run commits and the copy dies before sending THEN the mail waits in the outbox, and the
        // run after the restart adds none
        reminders.run();
        assertThat(pending(person)).isEqualTo(1);
        reminders.run();
        assertThat(queued(person)).isEqualTo(1);

        // THEN the outbox, running again, sends it exactly once
        scheduler.resume();
        assertThat(fixtures.mailsTo(person)).filteredOn(mail -> TEMPLATE.equals(mail.template())).hasSize(1);
        assertThat(remindedFor(event)).isEqualTo(event.details().schedule().start());
    }

    private Event eventIn(Duration untilStart, int capacity) {
        return fixtures.published(organizer, new RegistrationSettings(RegistrationMode.REQUIRED, null, capacity, null, null),
                Instant.now().plus(untilStart).truncatedTo(ChronoUnit.MINUTES));
    }

    private String confirmed(Event event, String prefix) {
        String email = RegistrationFixtures.email(prefix);
        register(event, email);
        fixtures.confirm(email);
        return email;
    }

    private void register(Event event, String email) {
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput("Erika", email, null, null, null, null, true, Locale.GERMAN, null)));
    }

    /** Reminders delivered to {@code email}. */
    private long reminders(String email) {
        return fixtures.mailsTo(email).stream().filter(mail -> TEMPLATE.equals(mail.template())).count();
    }

    /** Reminders in the outbox for {@code email}, sent or not. */
    private long queued(String email) {
        return jdbc.sql("select count(*) from outbox_mail where template = :template and lower(recipient) = lower(:email)")
                .param("template", TEMPLATE).param("email", email).query(Long.class).single();
    }

    /** Reminders for {@code email} that wait in the outbox. */
    private long pending(String email) {
        return jdbc.sql("""
                        select count(*) from outbox_mail
                         where template = :template and lower(recipient) = lower(:email) and status = 'PENDING'
                        """)
                .param("template", TEMPLATE).param("email", email).query(Long.class).single();
    }

    private Instant remindedFor(Event event) {
        return jdbc.sql("select reminded_for from registration_tally where event_id = :event")
                .param("event", event.id().value())
                .query((rs, row) -> rs.getTimestamp(1) == null ? Instant.EPOCH : rs.getTimestamp(1).toInstant()).single();
    }

    static EventDetails withSchedule(EventDetails d, Schedule schedule) {
        return new EventDetails(d.type(), d.title(), d.summary(), d.description(), schedule, d.attendanceMode(),
                d.onlineUrl(), d.venue(), d.municipality(), d.websiteUrl(), d.links(), d.cost(), d.registration(),
                d.audiences(), d.audienceNote(), d.topics(), d.accessibility(), d.easyReadSummary(), d.contact());
    }
}
