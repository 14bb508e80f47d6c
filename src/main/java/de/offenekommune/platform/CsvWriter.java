package de.offenekommune.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file of the platform, written by Commons CSV (RFC 4180 quoting, CRLF lines), with one
 * guard: no text cell that a spreadsheet would run as a formula.
 */
public final class CsvWriter implements Closeable {

    /** How a file is laid out for its readers. */
    public enum Dialect {
        /** Semicolons and a byte order mark, as spreadsheet programs with German settings open them. */
        SPREADSHEET(';', true),
        /** Commas, no byte order mark: for open-data tools. */
        RFC_4180(',', false);

        private final CSVFormat format;
        private final boolean byteOrderMark;

        Dialect(char delimiter, boolean byteOrderMark) {
            this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
            this.byteOrderMark = byteOrderMark;
        }

        /** The format to read such a file with. */
        public CSVFormat format() {
            return format;
        }
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file in {@code out}; closing this writer closes {@code out}. */
    public static CsvWriter open(Writer out, Dialect dialect) {
        try {
            if (dialect.byteOrderMark) {
                out.write('\uFEFF');
            }
            return new CsvWriter(new CSVPrinter(out, dialect.format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole small file in UTF-8: {@code header}, then {@code rows}. */
    public static byte[] write(Dialect dialect, List<?> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = open(out, dialect)) {
            csv.row(header);
            rows.forEach(csv::row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One line. {@code null} is an empty cell; numbers and booleans are written as they are (a negative
     * number stays a number); every other cell is text, guarded by {@link #neutralized(String)}.
     */
    public void row(List<?> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        try {
            printer.printRecord(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text as a spreadsheet shows it: a cell starting with {@code = + - @}, a tab or a carriage return is
     * prefixed with an apostrophe, as OWASP advises against CSV injection.
     */
    public static String neutralized(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        return neutralized(cell.toString());
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
