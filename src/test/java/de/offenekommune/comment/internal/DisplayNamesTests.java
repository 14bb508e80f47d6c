package de.offenekommune.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.offenekommune.platform.Violations;

class DisplayNamesTests {

    private static final List<String> PROTECTED = List.of("Moderation", "Administrator", "Offene Kommune",
            "Stadt Wuppertal", "Petra Müller");

    @Test
    void an_ordinary_name_is_kept_as_written() {
        assertThat(check("Anna K.")).isEqualTo("Anna K.");
        assertThat(check("Jürgen Groß-Öztürk")).isEqualTo("Jürgen Groß-Öztürk");
    }

    @Test
    void invisible_and_direction_changing_characters_are_removed() {
        assertThat(check("An\u200Bna\u200D \u202EK.\u202C")).isEqualTo("Anna K.");
        assertThat(check("Ben\u00AD\u2060ni\u3000 Ho")).isEqualTo("Benni Ho");
    }

    @Test
    void names_that_are_empty_once_cleaned_are_refused() {
        assertThat(problem("\u200B\u200C\u202E\uFEFF")).isEqualTo("NotBlank");
        assertThat(problem("\u3164\u3164")).isEqualTo("NotBlank");
        assertThat(problem("..")).isEqualTo("comment.name.tooShort");
        assertThat(problem("A")).isEqualTo("comment.name.tooShort");
    }

    @Test
    void names_that_pass_for_the_moderation_or_the_organizer_are_refused() {
        for (String impostor : List.of("Moderation", "MODERATION", "Mod\u200Beration", "M0derati\u043En", "Team-Moderation",
                "Rnoderation", "Môdération", "Adm1nistrator", "Stadt Wuppertal", "stadt-wuppertal (Bürgeramt)",
                "Offene Kommune", "Petra Muller")) {
            assertThat(problem(impostor)).as(impostor).isEqualTo("comment.name.reserved");
        }
    }

    @Test
    void names_that_merely_share_a_word_with_a_protected_name_are_fine() {
        assertThat(check("Wuppertaler Bürger")).isEqualTo("Wuppertaler Bürger");
        assertThat(check("Anna Müller")).isEqualTo("Anna Müller");
    }

    @Test
    void names_with_addresses_are_refused() {
        assertThat(problem("cheap-pills.com www.cheap.com")).isEqualTo("comment.name.address");
        assertThat(problem("anna@example.org")).isEqualTo("comment.name.address");
        assertThat(problem("https://spam.example")).isEqualTo("comment.name.address");
    }

    @Test
    void long_names_are_refused() {
        assertThat(problem("x".repeat(61))).isEqualTo("Size");
        assertThat(check("x".repeat(60))).hasSize(60);
    }

    private static String check(String name) {
        Violations violations = new Violations();
        String result = DisplayNames.check(violations, "name", name, PROTECTED);
        assertThat(violations.list()).isEmpty();
        return result;
    }

    private static String problem(String name) {
        Violations violations = new Violations();
        assertThat(DisplayNames.check(violations, "name", name, PROTECTED)).isNull();
        return violations.list().get(0).code();
    }
}
