package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void text_a_spreadsheet_would_run_as_formula_is_neutralized() {
        assertThat(CsvWriter.neutralized("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.neutralized("+49 202 123")).isEqualTo("'+49 202 123");
        assertThat(CsvWriter.neutralized("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.neutralized("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvWriter.neutralized("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvWriter.neutralized("\r=cmd")).isEqualTo("'\r=cmd");
        assertThat(CsvWriter.neutralized("Erika = Chefin")).isEqualTo("Erika = Chefin");
        assertThat(CsvWriter.neutralized("")).isEmpty();
    }

    @Test
    void a_spreadsheet_file_has_byte_order_mark_semicolons_and_crlf_lines() {
        String csv = text(CsvWriter.write(CsvWriter.Dialect.SPREADSHEET, List.of("Name", "Ort"),
                List.of(List.of("Jürgen", "Köln"))));

        assertThat(csv).isEqualTo("\uFEFFName;Ort\r\nJürgen;Köln\r\n");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted_and_read_back_unchanged() throws IOException {
        List<String> cells = List.of("Verein; e.V.", "Sie sagte \"ja\"", "Zeile 1\nZeile 2", "a, b");
        for (CsvWriter.Dialect dialect : CsvWriter.Dialect.values()) {
            String csv = text(CsvWriter.write(dialect, List.of("a", "b", "c", "d"), List.of(cells)));

            assertThat(records(csv, dialect).get(1).toList()).isEqualTo(cells);
        }
    }

    @Test
    void a_formula_is_read_back_as_text_with_its_apostrophe_in_both_dialects() throws IOException {
        String name = "=HYPERLINK(\"http://evil.example\";\"klick\")";
        for (CsvWriter.Dialect dialect : CsvWriter.Dialect.values()) {
            String csv = text(CsvWriter.write(dialect, List.of("name", "note"), List.of(List.of(name, "@SUM(A1)"))));

            assertThat(records(csv, dialect).get(1).toList()).containsExactly("'" + name, "'@SUM(A1)");
        }
    }

    @Test
    void numbers_booleans_and_nulls_are_not_text() throws IOException {
        String csv = text(CsvWriter.write(CsvWriter.Dialect.RFC_4180, List.of("a", "b", "c", "d", "e"),
                List.of(Arrays.asList(-7.25, new BigDecimal("1E+3"), true, null, -3))));

        assertThat(records(csv, CsvWriter.Dialect.RFC_4180).get(1).toList()).containsExactly("-7.25", "1000", "true", "", "-3");
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> records(String csv, CsvWriter.Dialect dialect) throws IOException {
        String withoutMark = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return dialect.format().parse(new StringReader(withoutMark)).getRecords();
    }
}
