package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;


import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

import de.offenekommune.platform.QrCodePictures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.internal.CheckInDesk.Admission;
import de.offenekommune.registration.internal.CheckInDesk.Outcome;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.CheckInCodes;
import de.offenekommune.registration.internal.CheckIns;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.Tallies;

/** Letting people in at the door: codes, second scans, refusals and walk-ins, for the event's organizers only. */
@IntegrationTest
class CheckInDeskTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    ParticipantManagement participants;
    @Autowired
    CheckInDesk desk;
    @Autowired
    CheckInCodes codes;
    @Autowired
    Tallies tallies;
    @Autowired
    TestClock clock;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void real_time() {
        clock.reset();
    }

    @Test
    void a_second_scan_tells_when_and_at_which_door_the_person_came_in() {
        // GIVEN a confirmed seat and its code
        Event event = fixtures.publishedEvent(organizer, 10);
        Registration erika = confirmed(event, "Erika Mustermann");
        String code = desk.code(erika);

        // WHEN it is scanned at 09:41 at the main entrance, and again later elsewhere
        Instant nineFortyOne = Instant.parse("2026-12-06T08:41:00Z");
        clock.set(nineFortyOne);
        Admission first = desk.scan(at(event), code, "Haupteingang");
        clock.advance(Duration.ofMinutes(20));
        Admission second = desk.scan(at(event), code, "Aula");

        // THEN the first lets in, the second names the first time and door
        assertThat(first).isEqualTo(new Admission(Outcome.ADMITTED, "Erika Mustermann", 1, nineFortyOne, "Haupteingang"));
        assertThat(second).isEqualTo(new Admission(Outcome.ALREADY, "Erika Mustermann", 1, nineFortyOne, "Haupteingang"));
        assertThat(desk.board(at(event)).checkedIn()).isEqualTo(1);
    }

    @Test
    void forged_codes_and_codes_of_another_event_are_refused() {
        // GIVEN a seat at one event and another event of the same organizer
        Event event = fixtures.publishedEvent(organizer, 10);
        Event other = fixtures.publishedEvent(organizer, 10);
        Registration erika = confirmed(event, "Erika Mustermann");
        String code = desk.code(erika);

        // THEN the code does not open the other event's door
        assertThat(desk.scan(at(other), code, null).outcome()).isEqualTo(Outcome.OTHER_EVENT);
        // AND neither a changed character, nor another installation's signature, nor the bare id, nor the other
        // event's id with this signature let anyone in
        char last = code.charAt(code.length() - 1);
        String changed = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
        String foreign = new CheckInCodes(new byte[32]).code(erika.id(), event.id());
        String swapped = codes.code(erika.id(), other.id()).substring(0, 43) + code.substring(43);
        for (String forged : List.of(changed, foreign, erika.id().toString(), swapped, "", "%%%")) {
            assertThat(desk.scan(at(event), forged, null).outcome()).as(forged)
                    .isEqualTo(Outcome.FORGED);
        }
        assertThat(desk.board(at(event)).checkedIn()).isZero();
        // AND the genuine code still works
        assertThat(desk.scan(at(event), code, null).outcome()).isEqualTo(Outcome.ADMITTED);
    }

    @Test
    void cancelled_waitlisted_and_unconfirmed_registrations_are_not_let_in() {
        // GIVEN one seat: a confirmed person, a waitlisted one and one who never confirmed elsewhere
        Event event = fixtures.publishedEvent(organizer, 1);
        Registration seat = confirmed(event, "Anna Amsel");
        Registration waiting = confirmed(event, "Bernd Buchfink");
        Event open = fixtures.publishedEvent(organizer, 10);
        String unconfirmedEmail = register(open, "Carla Climber");
        Registration unconfirmed = fixtures.registration(unconfirmedEmail);

        // THEN each is refused with its reason
        assertThat(desk.scan(at(event), desk.code(waiting), null))
                .isEqualTo(Admission.refused(Outcome.WAITLISTED, "Bernd Buchfink"));
        assertThat(desk.scan(at(open), desk.code(unconfirmed), null).outcome())
                .isEqualTo(Outcome.UNCONFIRMED);
        participants.cancel(organizer.principal(), event.id(), seat.id(), null);
        assertThat(desk.scan(at(event), desk.code(seat), null).outcome())
                .isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void the_door_of_an_event_is_closed_to_other_organizers() {
        Event event = fixtures.publishedEvent(organizer, 10);
        Registration erika = confirmed(event, "Erika Mustermann");
        Organizer stranger = fixtures.organizer();

        assertThatThrownBy(() -> desk.organizer(stranger.principal(), event.id()))
                .isInstanceOf(EventNotFoundException.class);
        assertThat(desk.board(at(event)).checkedIn()).isZero();
    }

    @Test
    void search_finds_seat_holders_from_two_letters_with_their_check_in() {
        Event event = fixtures.publishedEvent(organizer, 10);
        Registration erika = confirmed(event, "Erika Mustermann");
        confirmed(event, "Max Meier");
        desk.admit(at(event), erika.id(), "Haupteingang");

        assertThat(desk.search(at(event), "e")).isEmpty();
        List<CheckInDesk.Found> found = desk.search(at(event), "muster");
        assertThat(found).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Erika Mustermann");
            assertThat(person.checkIn()).isNotNull();
            assertThat(person.checkIn().door()).isEqualTo("Haupteingang");
        });
    }

    @Test
    void walk_ins_get_a_free_seat_and_are_let_in_and_none_once_the_seats_are_gone() {
        // GIVEN two seats, one taken
        Event event = fixtures.publishedEvent(organizer, 2);
        confirmed(event, "Anna Amsel");

        // WHEN two people come without registration
        Admission first = desk.walkIn(at(event), "Dora Dohle", "", "Haupteingang", Locale.GERMAN);
        Admission second = desk.walkIn(at(event), "Emil Elster", "emil@example.org", null,
                Locale.GERMAN);

        // THEN the first gets the last seat and is in; the second is told that no seat is free
        assertThat(first.outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(second).isEqualTo(Admission.refused(Outcome.FULL, "Emil Elster"));
        assertThat(tallies.seatsTaken(event.id())).isEqualTo(2);
        CheckInDesk.Board board = desk.board(at(event));
        assertThat(board.checkedIn()).isEqualTo(1);
        assertThat(board.registered()).isEqualTo(2);
        assertThat(board.free()).isZero();
        assertThat(board.latest()).extracting(CheckIns.Entry::name).containsExactly("Dora Dohle");
    }

    @Test
    void a_walk_in_needs_a_name_and_a_well_formed_address_if_any() {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = register(event, "Anna Amsel");

        assertThatThrownBy(() -> desk.walkIn(at(event), " ", "kein-at", null, Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(violation -> violation.field() + ":" + violation.code())
                        .containsExactly("name:NotBlank", "email:Email"));
        assertThatThrownBy(() -> desk.walkIn(at(event), "Anna A.", email, null, Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(violation -> violation.code()).containsExactly("registration.checkIn.walkIn.registered"));
        assertThat(tallies.seatsTaken(event.id())).isEqualTo(1);
    }

    @Test
    void walk_ins_racing_for_the_last_seat_get_it_once() throws Exception {
        // GIVEN one free seat
        Event event = fixtures.publishedEvent(organizer, 1);
        Registration warmUp = confirmed(event, "Warm Up");
        participants.cancel(organizer.principal(), event.id(), warmUp.id(), null);

        // WHEN two doors add a walk-in at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService doors = Executors.newFixedThreadPool(2);
        List<Future<Admission>> results = new ArrayList<>();
        for (String name : List.of("Dora Dohle", "Emil Elster")) {
            results.add(doors.submit(() -> {
                start.await();
                return desk.walkIn(at(event), name, "", null, Locale.GERMAN);
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Admission> result : results) {
            outcomes.add(result.get().outcome());
        }
        doors.shutdown();

        // THEN one gets the seat, the other is told it is gone
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.ADMITTED, Outcome.FULL);
        assertThat(tallies.seatsTaken(event.id())).isEqualTo(1);
        assertThat(desk.board(at(event)).checkedIn()).isEqualTo(1);
    }

    @Test
    void the_confirmation_mail_shows_the_admission_code_inline_and_the_door_accepts_what_it_shows() throws Exception {
        // GIVEN a person who confirmed their seat, and one who waits for one
        Event event = fixtures.publishedEvent(organizer, 1);
        Registration erika = confirmed(event, "Erika Mustermann");
        Registration bernd = confirmed(event, "Bernd Buchfink");

        // WHEN the confirmation mails arrive through SMTP
        fixtures.testMail().delivered(email(event, "Erika Mustermann"));
        fixtures.testMail().delivered(email(event, "Bernd Buchfink"));
        MimeMessage seat = last(fixtures.testMail().to(email(event, "Erika Mustermann")));
        MimeMessage waitlist = last(fixtures.testMail().to(email(event, "Bernd Buchfink")));

        // THEN the seat holder's HTML shows the QR picture sent along with the mail, and it holds her code
        MimeBodyPart picture = inlinePart(seat.getContent(), "<check-in-code>");
        assertThat(picture).isNotNull();
        assertThat(picture.getContentType()).startsWith("image/png");
        String shown = QrCodePictures.text(picture.getInputStream().readAllBytes());
        assertThat(shown).isEqualTo(desk.code(erika));
        assertThat(desk.scan(at(event), shown, "Haupteingang").outcome()).isEqualTo(Outcome.ADMITTED);
        // AND the person on the waitlist gets no code
        assertThat(inlinePart(waitlist.getContent(), "<check-in-code>")).isNull();
        assertThat(bernd.state()).isEqualTo(RegistrationState.WAITLISTED);
    }

    @Test
    void a_person_moved_up_from_the_waitlist_finds_the_admission_code_in_the_mail_that_gives_the_seat() throws Exception {
        // GIVEN a full event with a confirmed person on its waitlist
        Event event = fixtures.publishedEvent(organizer, 1);
        Registration erika = confirmed(event, "Erika Mustermann");
        Registration bernd = confirmed(event, "Bernd Buchfink");
        fixtures.testMail().delivered(email(event, "Bernd Buchfink"));

        // WHEN the seat holder's registration is cancelled and he moves up
        participants.cancel(organizer.principal(), event.id(), erika.id(), null);

        // THEN the mail that tells him shows his code inline, and the door accepts it
        fixtures.testMail().delivered(email(event, "Bernd Buchfink"));
        MimeMessage promoted = last(fixtures.testMail().to(email(event, "Bernd Buchfink")));
        assertThat(promoted.getSubject()).contains(event.details().title());
        MimeBodyPart picture = inlinePart(promoted.getContent(), "<check-in-code>");
        assertThat(picture).isNotNull();
        String shown = QrCodePictures.text(picture.getInputStream().readAllBytes());
        assertThat(shown).isEqualTo(desk.code(bernd));
        assertThat(desk.scan(at(event), shown, null).outcome()).isEqualTo(Outcome.ADMITTED);
    }

    private static MimeMessage last(List<MimeMessage> messages) {
        return messages.get(messages.size() - 1);
    }

    private static MimeBodyPart inlinePart(Object content, String contentId) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                MimeBodyPart part = (MimeBodyPart) multipart.getBodyPart(i);
                if (contentId.equals(part.getContentID())) {
                    return part;
                }
                MimeBodyPart nested = inlinePart(part.getContent(), contentId);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }


    private CheckInDesk.Entrance at(Event event) {
        return desk.organizer(organizer.principal(), event.id());
    }

    private Registration confirmed(Event event, String name) {
        String email = register(event, name);
        fixtures.confirm(email);
        return fixtures.registration(email);
    }

    private String register(Event event, String name) {
        String email = email(event, name);
        management.register(event.id(), new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN,
                null));
        return email;
    }

    private static String email(Event event, String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + event.id() + "@example.org";
    }
}
