package de.offenekommune.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages that content on the platform may be in besides German: those most spoken in German
 * municipalities, each as an ISO 639-1 code. Documents and programme sessions offer the same choice.
 */
public final class ContentLanguages {

    public static final List<String> TAGS = List.of("de", "en", "fr", "tr", "ar", "uk", "ru", "pl");

    private ContentLanguages() {
    }

    public static boolean isKnown(String tag) {
        return tag != null && TAGS.contains(tag);
    }

    /** The name of the language in the reader's language, e.g. "Türkisch". */
    public static String name(String tag, Locale reader) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(reader);
    }

    /** The languages by their names in the reader's language, the reader's own first. */
    public static List<String> sortedFor(Locale reader) {
        return TAGS.stream().sorted(Comparator.comparing((String tag) -> !tag.equals(reader.getLanguage()))
                .thenComparing(tag -> name(tag, reader))).toList();
    }

    /** {@code rtl} for a language written from right to left, else {@code null} (the page's direction). */
    public static String direction(String tag) {
        return "ar".equals(tag) ? "rtl" : null;
    }
}
