package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.EventChange.EventCancelled;
import de.offenekommune.event.EventChange.EventCreated;
import de.offenekommune.event.EventChange.EventDeleted;
import de.offenekommune.event.EventChange.EventPostponed;
import de.offenekommune.event.EventChange.EventPublished;
import de.offenekommune.event.EventChange.EventRevised;
import de.offenekommune.event.internal.EventConflictException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/** Who may change events, what is refused, and which changes the other modules hear about. */
@IntegrationTest
@RecordApplicationEvents
class EventManagementTests {

    @Autowired
    EventManagement management;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApplicationEvents published;

    private Organization organization;
    private TestUser organizer;

    @BeforeEach
    void anOrganizer() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    private static String codes(InvalidInputException e) {
        return e.violations().list().stream().map(v -> v.field() + ": " + v.code()).toList().toString();
    }

    @Test
    void the_life_of_an_event_is_announced_step_by_step() {
        Event event = management.create(organizer.principal(), organization.id(), referenceEvent().build(), null,
                new Violations());
        management.publish(organizer.principal(), event.id());
        management.revise(organizer.principal(), event.id(), 1, referenceEvent().summary("Neu.").build(), null,
                new Violations());
        management.postpone(organizer.principal(), event.id(), "Neuer Termin folgt.");
        management.publish(organizer.principal(), event.id());
        management.cancel(organizer.principal(), event.id(), "Fällt aus.");
        management.delete(organizer.principal(), event.id());

        assertThat(published.stream(EventChange.class)).containsExactly(
                new EventCreated(event.id()), new EventPublished(event.id()), new EventRevised(event.id(), false),
                new EventPostponed(event.id(), "Neuer Termin folgt."), new EventPublished(event.id()),
                new EventCancelled(event.id(), "Fällt aus."), new EventDeleted(event.id()));
    }

    @Test
    void a_new_time_is_announced_as_rescheduled() {
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        management.revise(organizer.principal(), event.id(), event.version(), referenceEvent()
                .schedule(Schedule.timed(LocalDateTime.of(2013, 11, 16, 9, 30), LocalDateTime.of(2013, 11, 16, 17, 30),
                        Schedule.DEFAULT_ZONE)).build(), null, new Violations());

        assertThat(published.stream(EventRevised.class)).containsExactly(new EventRevised(event.id(), true));
        assertThat(fixtures.reload(event).sequence()).isEqualTo(1);
    }

    @Test
    void nobody_creates_events_for_an_organization_they_do_not_belong_to() {
        Organization foreign = fixtures.organization();

        assertThatThrownBy(() -> management.create(organizer.principal(), foreign.id(), referenceEvent().build(), null,
                new Violations()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).isEqualTo("[organizationId: event.organizationNotAllowed]"));
        assertThat(published.stream(EventCreated.class)).isEmpty();
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        Event event = fixtures.draft(organizer, organization, referenceEvent().build());
        management.revise(organizer.principal(), event.id(), 0, referenceEvent().title("Erste Änderung").build(), null,
                new Violations());

        assertThatThrownBy(() -> management.revise(organizer.principal(), event.id(), 0,
                referenceEvent().title("Zweite Änderung").build(), null, new Violations()))
                .isInstanceOf(EventConflictException.class);
        assertThat(fixtures.reload(event).details().title()).isEqualTo("Erste Änderung");
    }

    @Test
    void problems_found_while_parsing_are_reported_with_the_rules_and_nothing_is_saved() {
        Violations parsing = new Violations();
        parsing.add("startTime", "typeMismatch.java.time.LocalTime");

        assertThatThrownBy(() -> management.create(organizer.principal(), organization.id(),
                referenceEvent().title(null).build(), null, parsing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e))
                        .isEqualTo("[startTime: typeMismatch.java.time.LocalTime, title: NotBlank]"));
        assertThat(published.stream(EventCreated.class)).isEmpty();
    }

    @Test
    void a_slug_is_made_from_the_title_and_numbered_when_taken() {
        String suffix = TestFixtures.unique();
        String title = "Bürgerhaushalt " + suffix;

        Event first = management.create(organizer.principal(), organization.id(), referenceEvent().title(title).build(),
                null, new Violations());
        Event second = management.create(organizer.principal(), organization.id(), referenceEvent().title(title).build(),
                " ", new Violations());

        assertThat(first.slug()).isEqualTo("buergerhaushalt-" + suffix);
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    void an_event_with_a_long_numbered_slug_can_still_be_edited() {
        // GIVEN two events whose title makes an 80-character slug ending in a two-letter word
        String title = ("Beteiligung " + TestFixtures.unique() + " ").repeat(4).substring(0, 77) + " ab";
        Event first = management.create(organizer.principal(), organization.id(), referenceEvent().title(title).build(),
                null, new Violations());
        Event second = management.create(organizer.principal(), organization.id(), referenceEvent().title(title).build(),
                null, new Violations());
        assertThat(first.slug()).hasSize(80);

        // WHEN the second is saved again with the address the editor shows
        Event revised = management.revise(organizer.principal(), second.id(), 0,
                referenceEvent().title(title).summary("Geändert.").build(), second.slug(), new Violations());

        // THEN
        assertThat(revised.details().summary()).isEqualTo("Geändert.");
        assertThat(second.slug()).hasSizeLessThanOrEqualTo(80).matches("[a-z0-9]+(-[a-z0-9]+)*").endsWith("-2");
    }

    @Test
    void a_cancellation_reason_and_a_postponement_note_have_limits() {
        Event event = fixtures.published(organizer, organization, referenceEvent().build());

        assertThatThrownBy(() -> management.cancel(organizer.principal(), event.id(), "x".repeat(2_001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).isEqualTo("[reason: Size]"));
        assertThatThrownBy(() -> management.postpone(organizer.principal(), event.id(), "x".repeat(2_001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).isEqualTo("[note: Size]"));
        assertThat(fixtures.reload(event).status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void an_organizer_of_another_organization_finds_nothing_to_manage() {
        Event event = fixtures.draft(organizer, organization, referenceEvent().build());
        TestUser stranger = fixtures.organizer(fixtures.organization());

        assertThatThrownBy(() -> management.findManageable(stranger.principal(), event.id()))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> management.delete(stranger.principal(), event.id()))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(fixtures.reload(event)).isNotNull();
        assertThat(published.stream(EventDeleted.class)).isEmpty();
    }
}
