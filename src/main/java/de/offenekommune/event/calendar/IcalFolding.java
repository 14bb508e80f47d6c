package de.offenekommune.event.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Content lines of at most 75 octets (RFC 5545, 3.1), folded with CRLF and one space, never inside
 * a UTF-8 sequence. ical4j folds by characters, which is too long for umlauts, so it writes
 * unfolded lines and this folds them.
 */
final class IcalFolding {

    static final int MAX_OCTETS = 75;

    private IcalFolding() {
    }

    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = MAX_OCTETS - 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
