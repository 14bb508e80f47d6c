package de.offenekommune.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParticipantsCsvTests {

    @Test
    void cells_a_spreadsheet_would_run_as_formula_are_neutralized() {
        assertThat(ParticipantsCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ParticipantsCsv.cell("+49 202 123")).isEqualTo("'+49 202 123");
        assertThat(ParticipantsCsv.cell("-2")).isEqualTo("'-2");
        assertThat(ParticipantsCsv.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(ParticipantsCsv.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(ParticipantsCsv.cell("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(ParticipantsCsv.cell("Erika = Chefin")).isEqualTo("Erika = Chefin");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted() {
        assertThat(ParticipantsCsv.cell("Verein; e.V.")).isEqualTo("\"Verein; e.V.\"");
        assertThat(ParticipantsCsv.cell("Sie sagte \"ja\"")).isEqualTo("\"Sie sagte \"\"ja\"\"\"");
        assertThat(ParticipantsCsv.cell("Zeile 1\nZeile 2")).isEqualTo("\"Zeile 1\nZeile 2\"");
        assertThat(ParticipantsCsv.cell(null)).isEmpty();
    }

    @Test
    void the_file_is_utf8_with_byte_order_mark_and_crlf_lines() {
        String csv = new String(ParticipantsCsv.write(List.of("Name", "Ort"), List.of(List.of("Jürgen", "Köln"))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFName;Ort\r\nJürgen;Köln\r\n");
    }
}
