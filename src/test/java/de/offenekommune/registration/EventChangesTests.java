package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.internal.EventStateException;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.RegistrationTasks;
import de.offenekommune.registration.internal.Registrations;

/**
 * What registrations do when the event changes: capacity guarded against overbooking, more seats passed
 * to the waitlist, participants told of a new time or a cancellation; and retention after the event.
 */
@IntegrationTest
class EventChangesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    EventManagement events;
    @Autowired
    RegistrationManagement management;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RegistrationTasks.Retention retention;
    @Autowired
    Registrations registrations;
    @Autowired
    JdbcClient jdbc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @Test
    void lowering_the_capacity_below_the_seats_taken_is_refused_and_raising_it_promotes_the_waitlist() {
        Event event = fixtures.publishedEvent(organizer, 3);
        for (int i = 0; i < 5; i++) {
            register(event, RegistrationFixtures.email("cap" + i));
        }

        assertThatThrownBy(() -> revise(event, 2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .anySatisfy(violation -> {
                            assertThat(violation.field()).isEqualTo("registration.capacity");
                            assertThat(violation.code()).isEqualTo("registration.capacityBelowTaken");
                            assertThat(violation.args()).containsExactly(3);
                        }));
        assertThat(fixtures.registrationCapacity(event)).isEqualTo(3);

        revise(event, 4);
        assertThat(registrations.countByState(event.id()).get(RegistrationState.PENDING_CONFIRMATION).registrations()).isEqualTo(4);
        assertThat(registrations.countByState(event.id()).get(RegistrationState.WAITLISTED).registrations()).isEqualTo(1);

        revise(event, 4);
        revise(event, 1_000);
        assertThat(registrations.countByState(event.id()).get(RegistrationState.WAITLISTED).registrations()).isZero();
    }

    @Test
    void a_new_time_and_a_cancellation_are_mailed_to_participants_with_an_updated_calendar_file() {
        Event event = fixtures.publishedEvent(organizer, 10);
        String confirmed = RegistrationFixtures.email("resched");
        String unconfirmed = RegistrationFixtures.email("unconf");
        register(event, confirmed);
        register(event, unconfirmed);
        fixtures.confirm(confirmed);

        Event current = events.findManageable(organizer.principal(), event.id());
        EventDetails d = current.details();
        Schedule later = new Schedule(d.schedule().start().plus(Duration.ofDays(1)), d.schedule().end().plus(Duration.ofDays(1)),
                d.schedule().zone(), false);
        events.revise(organizer.principal(), event.id(), current.version(), withSchedule(d, later), null, new Violations());

        var rescheduled = fixtures.lastMail(confirmed, "event_rescheduled_to_participant");
        assertThat(new String(rescheduled.attachment())).contains("SEQUENCE:1").contains("STATUS:CONFIRMED");
        assertThat(fixtures.mailsTo(unconfirmed)).noneMatch(mail -> mail.template().startsWith("event_"));

        events.cancel(organizer.principal(), event.id(), "Der Saal ist wegen Wasserschadens gesperrt.");

        var cancelled = fixtures.lastMail(confirmed, "event_cancelled_to_participant");
        assertThat(cancelled.subject()).startsWith("Abgesagt:");
        assertThat(cancelled.text()).contains("Wasserschadens");
        assertThat(new String(cancelled.attachment())).contains("STATUS:CANCELLED").contains("SEQUENCE:2");
        assertThat(fixtures.mailsTo(unconfirmed)).noneMatch(mail -> mail.template().startsWith("event_"));
    }

    @Test
    void a_postponement_is_mailed_to_participants_whose_registration_stays_valid() {
        Event event = fixtures.publishedEvent(organizer, 1);
        String seat = RegistrationFixtures.email("postponed");
        String waiting = RegistrationFixtures.email("postponedwait");
        String unconfirmed = RegistrationFixtures.email("postponedunconf");
        register(event, seat);
        fixtures.confirm(seat);
        register(event, waiting);
        fixtures.confirm(waiting);
        register(event, unconfirmed);

        events.postpone(organizer.principal(), event.id(), "Die Aula wird renoviert.");

        var toSeat = fixtures.lastMail(seat, "event_postponed_to_participant");
        assertThat(toSeat.subject()).startsWith("Verschoben:");
        assertThat(toSeat.text()).contains("Die Aula wird renoviert.").contains("/registrations/");
        assertThat(new String(toSeat.attachment())).contains("STATUS:TENTATIVE");
        var toWaiting = fixtures.lastMail(waiting, "event_postponed_to_participant");
        assertThat(toWaiting.attachment()).as("no calendar entry without a seat").isNull();
        assertThat(fixtures.mailsTo(unconfirmed)).noneMatch(mail -> mail.template().startsWith("event_"));
        assertThat(fixtures.registration(seat).state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void an_event_with_registrations_is_cancelled_first_so_that_nobody_is_dropped_silently() {
        Event event = fixtures.publishedEvent(organizer, 1);
        String seat = RegistrationFixtures.email("seat");
        String waiting = RegistrationFixtures.email("waiting");
        register(event, seat);
        fixtures.confirm(seat);
        register(event, waiting);

        assertThatThrownBy(() -> events.delete(organizer.principal(), event.id()))
                .isInstanceOfSatisfying(EventStateException.class, e -> assertThat(e.action()).isEqualTo("delete"));
        assertThat(registrations.countByState(event.id()).get(RegistrationState.WAITLISTED).registrations()).isOne();

        events.cancel(organizer.principal(), event.id(), "Die Referentin ist erkrankt.");
        events.delete(organizer.principal(), event.id());

        assertThat(fixtures.lastMail(seat, "event_cancelled_to_participant").text()).contains("erkrankt");
        assertThat(jdbc.sql("select count(*) from event where id = :id").param("id", event.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_event_without_registrations_and_a_draft_are_deleted_right_away() {
        Event published = fixtures.publishedEvent(organizer, 5);
        Event draft = fixtures.draft(organizer, 5);

        events.delete(organizer.principal(), published.id());
        events.delete(organizer.principal(), draft.id());

        assertThat(jdbc.sql("select count(*) from event where id in (:ids)")
                .param("ids", java.util.List.of(published.id().value(), draft.id().value()))
                .query(Long.class).single()).isZero();
    }

    @Test
    void participant_data_is_anonymized_after_the_retention_period_and_the_counts_stay() {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("retention");
        register(event, email);
        String personal = fixtures.confirm(email);
        Event other = fixtures.publishedEvent(organizer, 10);
        String kept = RegistrationFixtures.email("kept");
        register(other, kept);

        jdbc.sql("update registration_tally set event_ends_at = now() - interval '31 days' where event_id = :event")
                .param("event", event.id().value()).update();
        retention.run();

        Registration anonymized = registrations.search(event.id(), null, null, 10, 0).get(0);
        assertThat(anonymized.name()).isNull();
        assertThat(anonymized.email()).isNull();
        assertThat(anonymized.isAnonymized()).isTrue();
        assertThat(anonymized.state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(registrations.countByState(event.id()).get(RegistrationState.CONFIRMED).people()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from registration_token t join registration r on r.id = t.registration_id where r.event_id = :event")
                .param("event", event.id().value()).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> management.personal(personal)).isInstanceOf(RegistrationLinkException.class);
        assertThat(fixtures.registration(kept).name()).isEqualTo("Erika");
    }

    private void register(Event event, String email) {
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput("Erika", email, null, null, null, null, true, Locale.GERMAN, null)));
    }

    private void revise(Event event, int capacity) {
        Event current = events.findManageable(organizer.principal(), event.id());
        EventDetails d = current.details();
        RegistrationSettings registration = new RegistrationSettings(RegistrationMode.REQUIRED, null, capacity, null, null);
        events.revise(organizer.principal(), event.id(), current.version(), new EventDetails(d.type(), d.title(), d.summary(),
                d.description(), d.schedule(), d.attendanceMode(), d.onlineUrl(), d.venue(), d.municipality(), d.websiteUrl(),
                d.links(), d.cost(), registration, d.audiences(), d.audienceNote(), d.topics(), d.accessibility(),
                d.easyReadSummary(), d.contact()), null, new Violations());
    }

    private static EventDetails withSchedule(EventDetails d, Schedule schedule) {
        return new EventDetails(d.type(), d.title(), d.summary(), d.description(), schedule, d.attendanceMode(),
                d.onlineUrl(), d.venue(), d.municipality(), d.websiteUrl(), d.links(), d.cost(), d.registration(),
                d.audiences(), d.audienceNote(), d.topics(), d.accessibility(), d.easyReadSummary(), d.contact());
    }
}
