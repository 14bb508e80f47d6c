package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.offenekommune.platform.Violations;

class RegistrationRulesTests {

    private static final RegistrationOptions OPTIONS = new RegistrationOptions(2, "Welcher Workshop?", true, null);

    @Test
    void a_complete_registration_is_cleaned_and_accepted() {
        Violations violations = new Violations();
        Registrant registrant = RegistrationRules.check(input("  Erika\u200B Mustermann ", " erika@example.org ", "1",
                "Workshop A", true, "abcdefgh-1234"), OPTIONS, 10, violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(registrant.name()).isEqualTo("Erika Mustermann");
        assertThat(registrant.email()).isEqualTo("erika@example.org");
        assertThat(registrant.party()).isEqualTo(2);
        assertThat(registrant.locale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void line_breaks_in_name_or_address_are_refused_not_joined() {
        Violations violations = new Violations();
        RegistrationRules.check(input("Erika\r\nBcc: x@example.org", "erika@example.org\nBcc: x@example.org", "0", "A", true,
                null), OPTIONS, null, violations);

        assertThat(violations.list()).extracting(Violations.Violation::field, Violations.Violation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("name", "registration.oneLine"),
                        org.assertj.core.groups.Tuple.tuple("email", "registration.oneLine"));
    }

    @Test
    void addresses_that_could_carry_more_recipients_are_invalid() {
        for (String email : new String[] {"a@b", "a b@example.org", "a@example.org,b@example.org", "Eve <a@example.org>",
                "a@example.org;b@example.org", "\"a\"@example.org", "a@-example.org", "x".repeat(250) + "@example.org"}) {
            Violations violations = new Violations();
            RegistrationRules.check(input("Erika", email, "0", "A", true, null), OPTIONS, null, violations);
            assertThat(violations.has("email")).as(email).isTrue();
        }
        Violations umlaut = new Violations();
        RegistrationRules.check(input("Erika", "jürgen@müller-straße.de", "0", "A", true, null), OPTIONS, null, umlaut);
        assertThat(umlaut.has("email")).isFalse();
    }

    @Test
    void too_long_texts_missing_consent_answer_and_too_many_companions_are_each_named() {
        Violations violations = new Violations();
        RegistrationRules.check(input("N".repeat(5_000), "erika@example.org", "3", null, false, "kurz"), OPTIONS, 10,
                violations);

        assertThat(violations.list()).extracting(Violations.Violation::field)
                .contains("name", "companions", "answer", "consent", "submissionKey");
    }

    @Test
    void a_party_larger_than_the_room_is_refused_and_a_number_must_be_a_number() {
        Violations tooLarge = new Violations();
        RegistrationRules.check(input("Erika", "erika@example.org", "2", "A", true, null), OPTIONS, 2, tooLarge);
        assertThat(tooLarge.list()).extracting(Violations.Violation::code).containsExactly("registration.partyTooLarge");

        Violations text = new Violations();
        RegistrationRules.check(input("Erika", "erika@example.org", "zwei", "A", true, null), OPTIONS, null, text);
        assertThat(text.list()).extracting(Violations.Violation::code).containsExactly("typeMismatch.java.lang.Integer");

        Violations none = new Violations();
        RegistrationRules.check(input("Erika", "erika@example.org", "1", null, true, null), RegistrationOptions.DEFAULT, null, none);
        assertThat(none.list()).extracting(Violations.Violation::code).containsExactly("registration.noCompanions");
    }

    private static RegistrationInput input(String name, String email, String companions, String answer, boolean consent,
            String key) {
        return new RegistrationInput(name, email, null, companions, answer, null, consent, Locale.GERMAN, key);
    }
}
