package de.offenekommune.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Human-readable address parts: {@code /events/offene-kommunen-nrw-schritte-in-die-praxis}.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Path segments that belong to pages of the platform, never to an event or organization. */
    public static final Set<String> RESERVED = Set.of("archive", "new", "search", "calendar", "feed", "feeds", "ical", "ics",
            "atom", "rss", "export", "exports", "embed", "api", "manage", "admin", "page", "month", "week", "today");

    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /** "Offene Kommunen.NRW – Schritte in die Praxis" → "offene-kommunen-nrw-schritte-in-die-praxis". */
    public static String fromTitle(String title) {
        String german = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(german, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty() || RESERVED.contains(slug)) {
            slug = "seite" + (slug.isEmpty() ? "" : "-" + slug);
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches() && !RESERVED.contains(slug);
    }

    /** The n-th alternative when a slug is taken: "tagung", "tagung-2", "tagung-3"… */
    public static String alternative(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        // a cut right after a hyphen would give "--2", which isValid rejects when the event is saved again
        return base.replaceAll("-+$", "") + suffix;
    }
}
