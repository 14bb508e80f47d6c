package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestEmailsTests {

    @ParameterizedTest
    @ValueSource(strings = {"erika@example.org", "o'brien+tagung@stadt-beispiel.de", "jürgen@müller-straße.de",
            "info@rathaus.gemeinde.nrw"})
    void one_address_that_a_mail_can_go_to_is_an_address(String email) {
        assertThat(GuestEmails.isAddress(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "a@b.c", "a b@example.org", "a@example.org,b@example.org",
            "a@example.org;b@example.org", "Eve <a@example.org>", "\"a\"@example.org", "a:b@example.org",
            "a\\b@example.org", "a@-example.org", "a@example-.org", "a@exa_mple.org", "a@@example.org",
            "\"><svg/onload=alert(1)>@example.org"})
    void lists_display_names_and_broken_domains_are_not(String email) {
        assertThat(GuestEmails.isAddress(email)).isFalse();
    }

    @Test
    void the_local_part_has_at_most_64_and_the_address_at_most_254_characters() {
        assertThat(GuestEmails.isAddress("x".repeat(64) + "@example.org")).isTrue();
        assertThat(GuestEmails.isAddress("x".repeat(65) + "@example.org")).isFalse();
        String longDomain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(40) + ".de";
        assertThat(GuestEmails.isAddress("x".repeat(254 - 1 - longDomain.length()) + "@" + longDomain)).isTrue();
        assertThat(GuestEmails.isAddress("x".repeat(255 - 1 - longDomain.length()) + "@" + longDomain)).isFalse();
    }

    @Test
    void a_guest_is_told_whether_the_address_is_missing_or_malformed() {
        Violations missing = new Violations();
        Violations malformed = new Violations();

        assertThat(GuestEmails.check(missing, "email", "  ")).isNull();
        assertThat(GuestEmails.check(malformed, "email", "a@example.org,b@example.org")).isNull();
        assertThat(GuestEmails.check(new Violations(), "email", " erika@example.org ")).isEqualTo("erika@example.org");

        assertThat(missing.list()).extracting(Violations.Violation::code).containsExactly("NotBlank");
        assertThat(malformed.list()).extracting(Violations.Violation::code).containsExactly("Email");
    }
}
