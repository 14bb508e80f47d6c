package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations.Violation;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.WorkshopFixtures;

/** Workshop places from the registration to the personal link, the cancellation and the event's waitlist. */
@IntegrationTest
class WorkshopPlacesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    Programmes programmes;

    @Test
    void people_get_workshop_places_until_they_are_gone_and_a_cancelled_place_goes_to_the_next_in_line_with_a_mail() {
        // GIVEN an event with two parallel workshops of two places
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        WorkshopFixtures workshops = new WorkshopFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, null);
        Session data = workshops.workshop(organizer, event, "Offene Daten", 30, 90, 2);
        Session participation = workshops.workshop(organizer, event, "Beteiligung", 30, 90, 2);

        // WHEN three people choose the same workshop
        String anna = RegistrationFixtures.email("anna");
        String ben = RegistrationFixtures.email("ben");
        String cem = RegistrationFixtures.email("cem");
        for (String email : List.of(anna, ben, cem)) {
            management.register(event.id(), WorkshopFixtures.choosing("Person", email, data));
        }

        // THEN the first two have a place, the third waits first in line; the programme counts no free place
        assertThat(workshops.seats(data)).containsExactly(anna, ben);
        assertThat(workshops.waiting(data)).containsExactly(cem);
        assertThat(programmes.of(event.id()).placesLeft(programmes.of(event.id()).session(data.id()).orElseThrow()))
                .isZero();
        String cemToken = fixtures.confirm(cem);
        assertThat(management.workshops(cemToken).chosen()).singleElement()
                .satisfies(option -> assertThat(option.waitlistPosition()).isEqualTo(1));

        // WHEN the first cancels through the personal link
        String annaToken = fixtures.confirm(anna);
        management.cancel(annaToken);

        // THEN the one in line has the place and is told so
        assertThat(workshops.seats(data)).containsExactly(ben, cem);
        assertThat(workshops.waiting(data)).isEmpty();
        assertThat(fixtures.lastMail(cem, "workshop_place_to_registrant").text()).contains("Offene Daten");

        // WHEN the second changes to the other workshop through the personal link, and the third keeps theirs
        String benToken = fixtures.confirm(ben);
        management.changeWorkshops(benToken, List.of(participation.id().toString()));
        management.changeWorkshops(cemToken, List.of(data.id().toString()));

        // THEN the places follow, and a kept place stays where it was
        assertThat(workshops.seats(data)).containsExactly(cem);
        assertThat(workshops.seats(participation)).containsExactly(ben);
        assertThat(management.workshops(benToken).chosen()).singleElement()
                .satisfies(option -> assertThat(option.seat()).isTrue());
    }

    @Test
    void two_workshops_at_the_same_time_are_refused_with_both_titles_and_nothing_is_saved() {
        // GIVEN two workshops overlapping by half an hour
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        WorkshopFixtures workshops = new WorkshopFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, null);
        Session morning = workshops.workshop(organizer, event, "Haushalt lesen", 0, 60, 10);
        Session overlapping = workshops.workshop(organizer, event, "Ratsinformation", 30, 90, 10);
        String email = RegistrationFixtures.email("both");

        // WHEN someone chooses both
        assertThatThrownBy(() -> management.register(event.id(), WorkshopFixtures.choosing("Erika", email, morning,
                overlapping)))
                // THEN the choice is refused, naming both
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("workshops", "registration.workshops.sameTime")));
        assertThat(workshops.seats(morning)).isEmpty();
        assertThat(fixtures.mailsTo(email)).isEmpty();
    }

    @Test
    void someone_on_the_event_waitlist_holds_no_workshop_place_until_they_move_up() {
        // GIVEN an event with one seat and a workshop with places to spare
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        WorkshopFixtures workshops = new WorkshopFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, 1);
        Session workshop = workshops.workshop(organizer, event, "Stadtteilkonferenz", 30, 90, 5);
        String first = RegistrationFixtures.email("first");
        String second = RegistrationFixtures.email("second");
        management.register(event.id(), WorkshopFixtures.choosing("Erste", first, workshop));

        // WHEN the second person registers onto the event's waitlist
        management.register(event.id(), WorkshopFixtures.choosing("Zweite", second, workshop));

        // THEN they wait for the workshop as well, although it has places
        assertThat(workshops.seats(workshop)).containsExactly(first);
        assertThat(workshops.waiting(workshop)).containsExactly(second);

        // WHEN the seat at the event becomes free
        management.cancel(fixtures.confirm(first));

        // THEN the second person has the seat and the workshop place
        assertThat(fixtures.registration(second).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(workshops.seats(workshop)).containsExactly(second);
    }

    @Test
    void a_session_that_is_no_workshop_of_the_event_cannot_be_chosen() {
        // GIVEN a talk without places in one event, and a workshop in another
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        WorkshopFixtures workshops = new WorkshopFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, null);
        Session talk = workshops.workshop(organizer, event, "Begrüßung", 0, 30, null);
        Event other = fixtures.publishedEvent(organizer, null);
        Session elsewhere = workshops.workshop(organizer, other, "Anderswo", 0, 30, 5);

        // WHEN someone sends either
        for (Session session : List.of(talk, elsewhere)) {
            assertThatThrownBy(() -> management.register(event.id(), WorkshopFixtures.choosing("Erika",
                    RegistrationFixtures.email("wrong"), session)))
                    // THEN it is refused
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().has("workshops"))
                            .isTrue());
        }
    }
}
