package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.offenekommune.event.EventId;
import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.Registrant;

class RegistrationTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(86_400);

    @Test
    void a_seat_waits_for_confirmation_and_confirming_twice_is_refused() {
        Registration registration = Registration.submitted(EventId.random(), registrant(), null, NOW, LATER);
        assertThat(registration.state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(registration.isExpiredAt(LATER)).isTrue();

        registration.confirm(NOW);

        assertThat(registration.state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(registration.expiresAt()).isNull();
        assertThatThrownBy(() -> registration.confirm(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(registration::expire).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_confirmed_waitlisted_person_is_registered_at_once_when_promoted_an_unconfirmed_one_must_confirm() {
        Registration confirmed = Registration.submitted(EventId.random(), registrant(), 7L, NOW, LATER);
        confirmed.confirm(NOW);
        assertThat(confirmed.state()).isEqualTo(RegistrationState.WAITLISTED);
        confirmed.promote(NOW, LATER);
        assertThat(confirmed.state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(confirmed.waitlistSeq()).isNull();

        Registration unconfirmed = Registration.submitted(EventId.random(), registrant(), 8L, NOW, LATER);
        Instant newDeadline = LATER.plusSeconds(3600);
        unconfirmed.promote(NOW, newDeadline);
        assertThat(unconfirmed.state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(unconfirmed.expiresAt()).isEqualTo(newDeadline);
        assertThatThrownBy(() -> unconfirmed.promote(NOW, LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelling_ends_everything_and_anonymizing_keeps_only_state_and_party() {
        Registration registration = Registration.submitted(EventId.random(), registrant(), null, NOW, LATER);
        registration.cancel(CancelledBy.REGISTRANT, NOW);
        assertThatThrownBy(() -> registration.cancel(CancelledBy.ORGANIZER, NOW)).isInstanceOf(IllegalStateException.class);

        registration.anonymize(NOW);

        assertThat(registration.name()).isNull();
        assertThat(registration.email()).isNull();
        assertThat(registration.accessibilityNeeds()).isNull();
        assertThat(registration.state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(registration.party()).isEqualTo(3);
    }

    private static Registrant registrant() {
        return new Registrant("Erika", "erika@example.org", null, 2, null, "Rollstuhlplatz", Locale.GERMAN, null);
    }
}
