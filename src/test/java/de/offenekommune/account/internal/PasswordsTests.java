package de.offenekommune.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.offenekommune.account.internal.Passwords.Problem;
import de.offenekommune.platform.Violations;

class PasswordsTests {

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "passwordpassword", "PasswordPassword", "qwerty123456", "1q2w3e4r5t6y",
            "Superman2024!!", "!!!dragon1234567", "aaaaaaaaaaaaaaaa", "abcabcabcabc", "Rathaus!Rathaus!"})
    void common_and_repeated_passwords_are_refused_whatever_their_length(String password) {
        assertThat(Passwords.problem(password)).hasValue(Problem.COMMON);
        assertThat(Passwords.isAcceptable(password)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Richtiges-Passwort-2026", "Demo-Passwort-2026", "Bürgerhaus am Markt 7",
            "korrekt Pferd Batterie Heftklammer", "Offene Kommunen.NRW 2013"})
    void long_and_uncommon_passwords_are_accepted(String password) {
        assertThat(Passwords.problem(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kurz", "elf Zeichen"})
    void short_passwords_are_refused_for_their_length(String password) {
        assertThat(Passwords.problem(password)).hasValue(Problem.LENGTH);
    }

    @Test
    void each_problem_has_its_own_message() {
        Violations violations = new Violations();

        Passwords.check(violations, "password", "passwordpassword");
        Passwords.check(violations, "confirmation", "kurz");
        Passwords.check(violations, "other", "Richtiges-Passwort-2026");

        assertThat(violations.list()).extracting(Violations.Violation::field, Violations.Violation::code)
                .containsExactly(tuple("password", "account.password.common"), tuple("confirmation", "account.password.rule"));
    }
}
