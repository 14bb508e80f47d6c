package de.offenekommune.browser;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;

/** An organizer's upcoming event that people register for, made through the real services. */
final class Participants {

    private final TestFixtures testFixtures;
    private final RegistrationManagement registrations;
    private final TransactionTemplate transaction;
    private final RegistrationFixtures fixtures;

    Participants(ApplicationContext context) {
        this.testFixtures = TestFixtures.of(context);
        this.registrations = context.getBean(RegistrationManagement.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.fixtures = new RegistrationFixtures(context);
    }

    /** A published workshop in 30 days, registration required, with {@code places} places. */
    Event upcomingEvent(Organizer organizer, int places) {
        return testFixtures.published(organizer.principal(), organizer.organization(), RegistrationFixtures.details(
                new RegistrationSettings(RegistrationMode.REQUIRED, null, places, null, null),
                RegistrationFixtures.inThirtyDaysAtTen(), "Bürgerwerkstatt Ölberg"));
    }

    /** Registers and confirms through the mail's link; returns the address. */
    String confirmed(Event event, String name, String organization, String needs) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@stadtverwaltung-wuppertal.example.org";
        transaction.executeWithoutResult(status -> registrations.register(event.id(),
                new RegistrationInput(name, email, organization, null, null, needs, true, Locale.GERMAN, null)));
        fixtures.confirm(email);
        return email;
    }

    Registration registration(String email) {
        return fixtures.registration(email);
    }

    RegistrationFixtures fixtures() {
        return fixtures;
    }
}
