package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.internal.CheckIns.CheckIn;

@IntegrationTest
class CheckInsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    CheckIns checkIns;

    @Test
    void the_same_person_scanned_at_two_doors_at_once_is_checked_in_once_with_the_first_door() throws Exception {
        // GIVEN a confirmed registration
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String email = RegistrationFixtures.email("door");
        management.register(event.id(), new RegistrationInput("Erika Mustermann", email, null, null, null, null, true,
                Locale.GERMAN, null));
        fixtures.confirm(email);
        RegistrationId registration = fixtures.registration(email).id();
        int before = checkIns.count(event.id());

        // WHEN two doors scan the same code at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService doors = Executors.newFixedThreadPool(2);
        List<Future<CheckIn>> results = new ArrayList<>();
        for (String door : List.of("Haupteingang", "Seiteneingang")) {
            Callable<CheckIn> scan = () -> {
                start.await();
                return checkIns.checkIn(registration, event.id(), Instant.parse("2026-12-06T08:41:00Z"), door);
            };
            results.add(doors.submit(scan));
        }
        start.countDown();
        CheckIn first = results.get(0).get();
        CheckIn second = results.get(1).get();
        doors.shutdown();

        // THEN one check-in holds, and both doors see the same one
        assertThat(checkIns.count(event.id())).isEqualTo(before + 1);
        assertThat(first).isEqualTo(second);
        assertThat(checkIns.find(registration)).contains(first);

        // WHEN the same code is scanned again later
        CheckIn later = checkIns.checkIn(registration, event.id(), Instant.parse("2026-12-06T10:00:00Z"), "Aula");

        // THEN the first time and door stay
        assertThat(later.at()).isEqualTo(Instant.parse("2026-12-06T08:41:00Z"));
        assertThat(later.door()).isEqualTo(first.door());
    }
}
