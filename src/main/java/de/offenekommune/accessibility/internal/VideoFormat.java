package de.offenekommune.accessibility.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file is, told by its first bytes and never by its name or the type the browser claims:
 * an MP4 (an ISO base media file with an {@code ftyp} box) or a WebM (an EBML header whose document type is
 * {@code webm}). Everything else, SVG and HTML included, is no video.
 */
final class VideoFormat {

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBM = "webm".getBytes(StandardCharsets.US_ASCII);
    private static final int EBML_HEADER_SCAN = 64;

    private VideoFormat() {
    }

    /** {@code video/mp4}, {@code video/webm} or nothing. */
    static Optional<String> sniff(byte[] content) {
        if (content.length >= 12 && Arrays.equals(content, 4, 8, FTYP, 0, 4)) {
            return Optional.of("video/mp4");
        }
        if (content.length >= 8 && Arrays.equals(content, 0, 4, EBML, 0, 4)
                && indexOf(content, WEBM, Math.min(content.length, EBML_HEADER_SCAN)) >= 0) {
            return Optional.of("video/webm");
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] content, byte[] part, int end) {
        for (int i = 0; i + part.length <= end; i++) {
            if (Arrays.equals(content, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
