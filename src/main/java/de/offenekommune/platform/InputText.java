package de.offenekommune.platform;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans what people type before it is checked and stored: Unicode normalization, no invisible
 * control or direction-override characters, no surrounding blanks, and blank means absent.
 */
public final class InputText {

    /** C0/C1 controls except tab and line feed, bidi embeddings/overrides/isolates, zero-width and BOM. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private InputText() {
    }

    /** Text without line breaks, such as a title or a name; {@code null} when blank. */
    public static String singleLine(String value) {
        if (value == null) {
            return null;
        }
        String clean = LINE_BREAKS.matcher(normalize(value.replace("\r", "\n"))).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** Text with paragraphs, such as a description; {@code null} when blank. */
    public static String multiLine(String value) {
        if (value == null) {
            return null;
        }
        String clean = normalize(value.replace("\r\n", "\n").replace('\r', '\n')).strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String normalize(String value) {
        return INVISIBLE.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("");
    }
}
