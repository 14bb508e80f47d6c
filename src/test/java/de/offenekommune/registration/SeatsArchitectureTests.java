package de.offenekommune.registration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.LockedSeats;
import de.offenekommune.registration.internal.Registrations;
import de.offenekommune.registration.internal.Seats;
import de.offenekommune.registration.internal.SessionPlaces;
import de.offenekommune.registration.internal.Tallies;
import de.offenekommune.registration.internal.Tally;
import de.offenekommune.registration.internal.WorkshopPlaces;

/**
 * Every path that gives, frees or passes on a seat or a waitlist place goes through {@link LockedSeats},
 * and {@link LockedSeats} are had only by locking them through {@link Seats}.
 */
class SeatsArchitectureTests {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.offenekommune");

    /** Changes of registrations and of the count that must happen together under the lock. */
    static final ArchRule ONLY_LOCKED_SEATS_CHANGE_SEATS = noClasses()
            .that().doNotBelongToAnyOf(LockedSeats.class, Registration.class, Registrations.class, Tally.class,
                    Tallies.class, WorkshopPlaces.class, SessionPlaces.class)
            .should().callCodeUnitWhere(calls(Registration.class, "submitted", "requested", "walkedIn", "accept",
                    "decline", "confirm", "promote", "moveToWaitlist", "cancel", "expire", "anonymize")
                    .or(calls(Registration.class, "choseWorkshops").and(DescribedPredicate.describe("with an argument",
                            (JavaCall<?> call) -> !call.getTarget().getRawParameterTypes().isEmpty())))
                    .or(calls(Registrations.class, "insert", "update"))
                    .or(calls(Tally.class, "take", "free", "joinWaitlist", "headOfWaitlist"))
                    .or(calls(Tallies.class, "save"))
                    .or(calls(WorkshopPlaces.class, "join", "replace", "leaveAll", "unseat", "passOn"))
                    .or(calls(SessionPlaces.class, "join", "leave", "leaveAll", "unseat", "seat")))
            .because("the seat count and the registrations change together, under the event's lock");

    static final ArchRule ONLY_SEATS_LOCK = noClasses()
            .that().doNotBelongToAnyOf(Seats.class, Tallies.class)
            .should().callCodeUnitWhere(calls(Tallies.class, "lockIfExists", "createLocked")
                    .or(calls(LockedSeats.class, "<init>")))
            .because("the seats of an event are had only by locking them");

    @Test
    void only_the_locked_seats_change_registrations_and_the_count() {
        ONLY_LOCKED_SEATS_CHANGE_SEATS.check(APPLICATION);
    }

    @Test
    void the_locked_seats_are_had_only_by_locking() {
        ONLY_SEATS_LOCK.check(APPLICATION);
    }

    @Test
    void the_rules_catch_a_change_of_seats_past_the_lock() {
        JavaClasses shortcut = new ClassFileImporter().importClasses(Shortcut.class);

        EvaluationResult changes = ONLY_LOCKED_SEATS_CHANGE_SEATS.evaluate(shortcut);
        EvaluationResult locks = ONLY_SEATS_LOCK.evaluate(shortcut);

        assertThat(changes.getFailureReport().getDetails()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("Registrations.update"))
                .anySatisfy(line -> assertThat(line).contains("Tally.free"))
                .anySatisfy(line -> assertThat(line).contains("Registration.cancel"));
        assertThat(locks.getFailureReport().getDetails()).singleElement()
                .satisfies(line -> assertThat(line).contains("Tallies.lockIfExists"));
    }

    @Test
    void the_rules_catch_every_change_of_a_registration_past_the_lock_but_not_reading_it() {
        EvaluationResult changes = ONLY_LOCKED_SEATS_CHANGE_SEATS.evaluate(
                new ClassFileImporter().importClasses(RegistrationShortcut.class));

        assertThat(changes.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("Registration.accept"))
                .anySatisfy(line -> assertThat(line).contains("Registration.choseWorkshops(boolean)"));
    }

    private static DescribedPredicate<JavaCall<?>> calls(Class<?> owner, String... names) {
        Set<String> methods = Set.of(names);
        return DescribedPredicate.describe(owner.getSimpleName() + " " + methods,
                call -> call.getTargetOwner().isEquivalentTo(owner) && methods.contains(call.getTarget().getName()));
    }

    /** Changes of a registration that its public methods would allow anywhere, and a read that stays allowed. */
    static final class RegistrationShortcut {

        boolean accept(Registration registration) {
            registration.accept(null, java.time.Instant.now());
            registration.choseWorkshops(true);
            return registration.choseWorkshops();
        }
    }

    /** What the rules are there to refuse: the old convention, by hand. */
    static final class Shortcut {

        void cancel(Tallies tallies, Registrations registrations, Registration registration) {
            Tally tally = tallies.lockIfExists(registration.event()).orElseThrow();
            tally.free(registration.party());
            registration.cancel(CancelledBy.REGISTRANT, java.time.Instant.now());
            registrations.update(registration);
        }
    }
}
