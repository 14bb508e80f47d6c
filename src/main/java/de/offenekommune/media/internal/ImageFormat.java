package de.offenekommune.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded image is, told by its bytes: a JPEG, PNG or WebP that is nothing else besides. A file whose
 * structure goes on after the image ends (a ZIP, a JAR or a page appended: a polyglot), that carries a ZIP
 * directory or markup inside, or that is any other type (SVG included) is refused.
 */
enum ImageFormat {

    JPEG, PNG, WEBP;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] ZIP_DIRECTORY_END = {'P', 'K', 5, 6};
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final String[] MARKUP = {"<script", "<html", "<svg", "<!doctype", "<?xml", "<body", "<iframe"};

    /** The format, or nothing when the bytes are no single image of an accepted type. */
    static Optional<ImageFormat> sniff(byte[] content) {
        Optional<ImageFormat> format = byStructure(content);
        if (format.isEmpty() || carriesSomethingElse(content)) {
            return Optional.empty();
        }
        return format;
    }

    private static Optional<ImageFormat> byStructure(byte[] c) {
        int n = c.length;
        // A JPEG starts with SOI and ends with EOI; nothing may follow.
        if (n > 4 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF
                && (c[n - 2] & 0xFF) == 0xFF && (c[n - 1] & 0xFF) == 0xD9) {
            return Optional.of(JPEG);
        }
        // A PNG starts with its signature and ends with the IEND chunk.
        if (n > PNG_SIGNATURE.length + PNG_END.length && Arrays.equals(c, 0, 8, PNG_SIGNATURE, 0, 8)
                && Arrays.equals(c, n - PNG_END.length, n, PNG_END, 0, PNG_END.length)) {
            return Optional.of(PNG);
        }
        // A WebP is a RIFF container whose declared size is exactly the file's.
        if (n > 16 && ascii(c, 0, 4).equals("RIFF") && ascii(c, 8, 12).equals("WEBP")) {
            long declared = (c[4] & 0xFFL) | (c[5] & 0xFFL) << 8 | (c[6] & 0xFFL) << 16 | (c[7] & 0xFFL) << 24;
            return declared + 8 == n ? Optional.of(WEBP) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A ZIP (JAR, Office file) needs entries and a directory end, which may hide in a comment segment; both
     * together by chance in compressed pixels are practically impossible. Markup is what a browser would run.
     */
    private static boolean carriesSomethingElse(byte[] content) {
        if (indexOf(content, ZIP_ENTRY) >= 0 && indexOf(content, ZIP_DIRECTORY_END) >= 0) {
            return true;
        }
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return Arrays.stream(MARKUP).anyMatch(text::contains);
    }

    private static String ascii(byte[] c, int from, int to) {
        return new String(c, from, to - from, StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
