package de.offenekommune.event;

import static de.offenekommune.EventDetailsBuilder.referenceEvent;
import static de.offenekommune.event.EventRulesTests.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.offenekommune.platform.Violations;

/** Cost, registration, contact, link and text-length rules. */
class EventRulesParticipationTests {

    private static final Instant START = Instant.parse("2013-11-09T08:30:00Z");
    private static final Instant END = Instant.parse("2013-11-09T16:30:00Z");

    @Test
    void an_event_that_is_not_free_needs_a_price() {
        assertThat(violationsOf(referenceEvent().cost(new Cost(false, null))))
                .containsExactly("cost.priceText: event.priceRequired");
        assertThat(violationsOf(referenceEvent().cost(new Cost(false, "15 €, ermäßigt 8 €")))).isEmpty();
    }

    @Test
    void external_registration_needs_the_address_of_the_registration_page() {
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.EXTERNAL, null, null, null))))
                .containsExactly("registration.url: event.registrationUrlRequired");
        assertThat(violationsOf(referenceEvent().registration(new RegistrationSettings(RegistrationMode.EXTERNAL,
                "https://anmeldung.example.org", null, null, null)))).isEmpty();
    }

    @Test
    void registration_needs_a_mode() {
        assertThat(violationsOf(referenceEvent().registration(registration(null, null, null, null))))
                .containsExactly("registration.mode: NotNull");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_001})
    void capacity_lies_between_1_and_100000(int capacity) {
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, capacity, null, null))))
                .containsExactly("registration.capacity: event.capacityInvalid");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100_000})
    void capacity_accepts_its_bounds(int capacity) {
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, capacity, null, null))))
                .isEmpty();
    }

    @Test
    void the_registration_deadline_may_not_lie_after_the_end() {
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, null, null,
                END.plusSeconds(60))))).containsExactly("registration.deadline: event.deadlineAfterEnd");
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, null, null, END))))
                .isEmpty();
    }

    @Test
    void registration_must_open_before_its_deadline() {
        Instant deadline = START.minusSeconds(3600);
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, null, deadline,
                deadline)))).containsExactly("registration.opensAt: event.opensAfterDeadline");
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, null,
                deadline.plusSeconds(1), deadline)))).containsExactly("registration.opensAt: event.opensAfterDeadline");
        assertThat(violationsOf(referenceEvent().registration(registration(RegistrationMode.REQUIRED, null,
                deadline.minusSeconds(1), deadline)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagung", "tagung@oknrw", "tagung@@oknrw.de", "ta gung@oknrw.de", "@oknrw.de"})
    void a_contact_email_must_look_like_one(String email) {
        assertThat(violationsOf(referenceEvent().contact(new Contact(null, email, null))))
                .containsExactly("contact.email: Email");
    }

    @Test
    void a_contact_email_has_at_most_254_characters() {
        // domain labels have at most 63 characters, as in DNS
        String email = "a".repeat(64) + "@" + "b".repeat(62) + "." + "c".repeat(61) + "." + "d".repeat(61) + ".de";
        assertThat(email).hasSize(254);
        assertThat(violationsOf(referenceEvent().contact(new Contact(null, email, null)))).isEmpty();
        assertThat(violationsOf(referenceEvent().contact(new Contact(null, email.replace("@", "@b"), null))))
                .containsExactly("contact.email: Email");
    }

    @Test
    void a_contact_phone_consists_of_digits_and_the_usual_separators() {
        assertThat(violationsOf(referenceEvent().contact(new Contact("Frau Muster", "info@oknrw.de", "+49 (202) 563-0/1"))))
                .isEmpty();
        assertThat(violationsOf(referenceEvent().contact(new Contact(null, null, "ruf mich an"))))
                .containsExactly("contact.phone: event.phoneInvalid");
        assertThat(violationsOf(referenceEvent().contact(new Contact(null, null, "12"))))
                .containsExactly("contact.phone: event.phoneInvalid");
    }

    @Test
    void a_link_needs_a_label_and_there_are_at_most_ten() {
        assertThat(violationsOf(referenceEvent().links(List.of(new EventLink(null, "https://www.oknrw.de")))))
                .containsExactly("links[0].label: NotBlank");
        List<EventLink> eleven = Collections.nCopies(11, new EventLink("Link", "https://www.oknrw.de"));
        assertThat(violationsOf(referenceEvent().links(eleven))).containsExactly("links: event.tooManyLinks");
        assertThat(violationsOf(referenceEvent().links(eleven.subList(0, 10)))).isEmpty();
    }

    @Test
    void texts_have_limits_counted_in_characters_not_utf16_units() {
        // GIVEN texts exactly at their limits, the title made of emoji (two UTF-16 units each)
        var atLimits = referenceEvent().title("😀".repeat(200)).summary("s".repeat(500))
                .description("d".repeat(50_000)).audienceNote("n".repeat(500)).easyReadSummary("e".repeat(5_000))
                .links(List.of(new EventLink("l".repeat(100), "https://www.oknrw.de")));

        // THEN they pass, and one character more fails each of them
        assertThat(violationsOf(atLimits)).isEmpty();
        var overLimits = referenceEvent().title("😀".repeat(201)).summary("s".repeat(501))
                .description("d".repeat(50_001)).audienceNote("n".repeat(501)).easyReadSummary("e".repeat(5_001))
                .links(List.of(new EventLink("l".repeat(101), "https://www.oknrw.de")));
        assertThat(violationsOf(overLimits)).containsExactly("title: Size", "summary: Size", "description: Size",
                "audienceNote: Size", "easyReadSummary: Size", "links[0].label: Size");
    }

    @Test
    void a_size_violation_carries_the_limit_for_the_message() {
        Violations violations = new Violations();
        EventRules.check(referenceEvent().title("t".repeat(201)).build(), violations);

        assertThat(violations.list()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("Size");
            assertThat(violation.args()).containsExactly("title", 200, 0);
        });
    }

    @Test
    void venue_and_contact_texts_have_limits_too() {
        var venue = de.offenekommune.EventDetailsBuilder.referenceVenue();
        var long200 = "v".repeat(201);
        var event = referenceEvent()
                .venue(new Venue(long200, venue.street(), venue.postalCode(), venue.locality(), long200, venue.state(),
                        null, null, "w".repeat(2_001), "x".repeat(2_001)))
                .municipality(new Municipality(long200, null))
                .cost(new Cost(false, long200))
                .contact(new Contact(long200, null, null));

        assertThat(violationsOf(event)).containsExactly("venue.name: Size", "venue.district: Size",
                "venue.directions: Size", "venue.accessibilityNotes: Size", "municipality.name: Size",
                "cost.priceText: Size", "contact.name: Size");
    }

    private static RegistrationSettings registration(RegistrationMode mode, Integer capacity, Instant opensAt,
            Instant deadline) {
        return new RegistrationSettings(mode, null, capacity, opensAt, deadline);
    }
}
