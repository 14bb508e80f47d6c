package de.offenekommune.comment.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * The rule for the name a guest shows under a comment.
 *
 * <ol>
 * <li>Invisible characters go: controls, bidi overrides and isolates, zero-width characters (by
 * {@link InputText}) and every other format or filler character (soft hyphen, Hangul fillers…);
 * runs of any kind of space become one space.</li>
 * <li>What remains must have 2 to {@value #MAX_LENGTH} characters, at least two of them letters or
 * digits, and no web or mail address.</li>
 * <li>It must not pass for someone who speaks with authority. Its <em>skeleton</em> (accents removed,
 * lower case, look-alike letters from Cyrillic and Greek and digits such as {@code 0 → o} folded,
 * {@code rn → m}, only letters kept) must not contain the skeleton of a protected name: the
 * configured reserved names (Moderation, Administrator, Redaktion…), the site's name, the
 * organizer's name and the event's contact person. So "M0derati\u043En", "Mod\u200Beration" and
 * "Team Moderation" are refused as well as "Moderation".</li>
 * </ol>
 * Logged-in users comment under their account's name and are marked as organizer or moderator.
 */
public final class DisplayNames {

    static final int MAX_LENGTH = 60;

    private static final Pattern FORMAT_OR_FILLER = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u3164\\uFFA0]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(://|www\\.|@)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final int MIN_PROTECTED_SKELETON = 4;

    /** Letters and signs that look like Latin letters. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('ё', 'e'), Map.entry('к', 'k'),
            Map.entry('м', 'm'), Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ї', 'i'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'),
            Map.entry('һ', 'h'), Map.entry('ɡ', 'g'),
            // Greek
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('ε', 'e'), Map.entry('η', 'n'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('μ', 'u'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'),
            Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ω', 'w'),
            // digits and signs
            Map.entry('0', 'o'), Map.entry('1', 'i'), Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('5', 's'),
            Map.entry('7', 't'), Map.entry('8', 'b'), Map.entry('$', 's'), Map.entry('|', 'i'), Map.entry('!', 'i'),
            Map.entry('l', 'i'), Map.entry('ß', 's'), Map.entry('ı', 'i'));

    private DisplayNames() {
    }

    /**
     * Cleans and checks a guest's display name.
     *
     * @param protectedNames names nobody else may take on, e.g. the organizer's
     * @return the name to store, or {@code null} when {@code violations} got a problem
     */
    public static String check(Violations violations, String field, String input, Collection<String> protectedNames) {
        String name = clean(input);
        if (name == null) {
            violations.add(field, "NotBlank");
            return null;
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            violations.add(field, "Size", field, MAX_LENGTH, 0);
            return null;
        }
        if (name.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
            violations.add(field, "comment.name.tooShort");
            return null;
        }
        if (ADDRESS.matcher(name).find()) {
            violations.add(field, "comment.name.address");
            return null;
        }
        String skeleton = skeleton(name);
        for (String taken : protectedNames) {
            String protectedSkeleton = skeleton(taken);
            if (protectedSkeleton.length() >= MIN_PROTECTED_SKELETON && skeleton.contains(protectedSkeleton)) {
                violations.add(field, "comment.name.reserved");
                return null;
            }
        }
        return name;
    }

    /** The name as it would be shown, or {@code null} if nothing visible is left. */
    static String clean(String input) {
        String text = InputText.singleLine(input);
        if (text == null) {
            return null;
        }
        String visible = SPACES.matcher(FORMAT_OR_FILLER.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return visible.isEmpty() ? null : visible;
    }

    /** What a name looks like to a hurried reader: letters only, look-alikes folded. */
    static String skeleton(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            folded.append(LOOK_ALIKES.getOrDefault(c, c));
        }
        return NOT_LETTER.matcher(folded.toString().replace("rn", "m").replace("vv", "w")).replaceAll("");
    }
}
