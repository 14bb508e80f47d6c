package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F"})
    void removes_control_characters(String control) {
        assertThat(InputText.singleLine("Tag" + control + "ung")).isEqualTo("Tagung");
        assertThat(InputText.multiLine("Tag" + control + "ung")).isEqualTo("Tagung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F"})
    void removes_direction_overrides_that_could_disguise_text(String bidi) {
        // "Trojan source": U+202E would show "gnugaT" reversed in a browser
        assertThat(InputText.singleLine(bidi + "Tagung")).isEqualTo("Tagung");
        assertThat(InputText.multiLine("Tag" + bidi + "ung")).isEqualTo("Tagung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\u2063", "\uFEFF"})
    void removes_zero_width_characters(String invisible) {
        assertThat(InputText.singleLine("Offene" + invisible + "Kommune")).isEqualTo("OffeneKommune");
    }

    @Test
    void keeps_tabs_and_line_feeds_in_multi_line_text() {
        assertThat(InputText.multiLine("Punkt 1\n\tUnterpunkt\n\nPunkt 2")).isEqualTo("Punkt 1\n\tUnterpunkt\n\nPunkt 2");
    }

    @Test
    void multi_line_text_gets_unix_line_breaks() {
        assertThat(InputText.multiLine("eins\r\nzwei\rdrei\n")).isEqualTo("eins\nzwei\ndrei");
    }

    @Test
    void single_line_text_turns_each_line_break_with_its_blanks_into_one_space() {
        assertThat(InputText.singleLine("Offene Kommunen.NRW \r\n  –\n\n Schritte\rin die Praxis"))
                .isEqualTo("Offene Kommunen.NRW – Schritte in die Praxis");
    }

    @Test
    void blank_means_absent() {
        assertThat(InputText.singleLine(null)).isNull();
        assertThat(InputText.singleLine("  \n\t ")).isNull();
        assertThat(InputText.multiLine("\u200B\u202E \r\n")).isNull();
    }

    @Test
    void strips_surrounding_blanks_but_keeps_inner_ones() {
        assertThat(InputText.singleLine("  Gesamtschule  Barmen  ")).isEqualTo("Gesamtschule  Barmen");
    }

    @Test
    void composes_decomposed_umlauts_so_that_equal_words_are_equal() {
        // "Bu\u0308rger" is how some systems send "Bürger": u followed by a combining diaeresis
        assertThat(InputText.singleLine("Bu\u0308rger")).isEqualTo("Bürger").hasSize(6);
    }

    @Test
    void leaves_markup_alone_because_escaping_is_the_job_of_the_output() {
        assertThat(InputText.singleLine("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }
}
