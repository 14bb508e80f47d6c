package de.offenekommune.registration.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The participant list as CSV for spreadsheet programs: UTF-8 with byte order mark, semicolons as German
 * Excel expects them, and no cell that a spreadsheet would run as a formula.
 */
final class ParticipantsCsv {

    private static final char SEPARATOR = ';';

    private ParticipantsCsv() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell as text: one starting with {@code = + - @}, a tab or a carriage return is prefixed with an
     * apostrophe (OWASP's advice against CSV injection), and quoted where the format needs it.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf(',') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ParticipantsCsv::cell).collect(Collectors.joining(String.valueOf(SEPARATOR))))
                .append("\r\n");
    }
}
