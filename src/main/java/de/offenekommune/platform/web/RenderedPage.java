package de.offenekommune.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One rendered public response, split where the visitor's CSRF token goes, kept both as is and
 * gzip-compressed. Each part is compressed on its own (ending on a full flush), so a visitor's token
 * can be placed between the compressed parts as an uncompressed ("stored") deflate block: the
 * response is compressed once, not per visitor, and still carries each visitor's own token.
 */
final class RenderedPage {

    private static final Set<String> PERSONAL_EXCLUDED = Set.of("etag", "last-modified",
            "cache-control");
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final List<Header> headers;
    private final byte[][] parts;
    private final byte[][] compressedParts;
    private final int length;
    private final int compressedLength;
    private final String etag;
    private final byte[] completeCompressed;

    record Header(String name, String value) {
    }

    private RenderedPage(List<Header> headers, byte[][] parts, String etag) {
        // A page with a visitor's token is that visitor's: no validators, and no shared caching.
        this.headers = parts.length == 1 ? List.copyOf(headers) : headers.stream()
                .filter(header -> !PERSONAL_EXCLUDED.contains(header.name().toLowerCase(Locale.ROOT)))
                .toList();
        this.parts = parts;
        this.compressedParts = new byte[parts.length][];
        int plain = 0;
        int compressed = 0;
        for (int i = 0; i < parts.length; i++) {
            compressedParts[i] = deflate(parts[i], i == parts.length - 1);
            plain += parts[i].length;
            compressed += compressedParts[i].length;
        }
        this.length = plain;
        this.compressedLength = compressed;
        this.etag = etag;
        this.completeCompressed = parts.length == 1 ? gzip(compressedParts[0], parts[0]) : null;
    }

    /** The body, cut at every occurrence of {@code placeholder}. */
    static RenderedPage of(List<Header> headers, byte[] body, String placeholder, String etag) {
        byte[] marker = placeholder.getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int at = indexOf(body, marker, 0); at >= 0; at = indexOf(body, marker, start)) {
            parts.add(java.util.Arrays.copyOfRange(body, start, at));
            start = at + marker.length;
        }
        parts.add(java.util.Arrays.copyOfRange(body, start, body.length));
        return new RenderedPage(headers, parts.toArray(byte[][]::new), etag);
    }

    List<Header> headers() {
        return headers;
    }

    /** Whether the page holds a form and needs the visitor's CSRF token. */
    boolean needsToken() {
        return parts.length > 1;
    }

    /** The strong validator, only for pages the same for everyone; else {@code null}. */
    String etag() {
        return needsToken() ? null : etag;
    }

    /** Memory held, roughly. */
    int size() {
        return length + 2 * compressedLength;
    }

    int contentLength(byte[] token, boolean gzip) {
        int tokens = (parts.length - 1) * token.length;
        return gzip ? GZIP_HEADER.length + compressedLength + tokens + (parts.length - 1) * 5 + 8 : length + tokens;
    }

    /** Writes the whole body in one piece: every write passes several response wrappers. */
    void write(OutputStream out, byte[] token, boolean gzip) throws IOException {
        if (!needsToken()) {
            out.write(gzip ? completeCompressed : parts[0]);
            return;
        }
        ByteBuffer body = ByteBuffer.wrap(new byte[contentLength(token, gzip)]);
        if (!gzip) {
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    body.put(token);
                }
                body.put(parts[i]);
            }
            out.write(body.array());
            return;
        }
        CRC32 crc = new CRC32();
        body.put(GZIP_HEADER);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                // A stored block: BFINAL 0, BTYPE 00, padded to the byte, then LEN and its complement.
                int n = token.length;
                body.put(new byte[] {0, (byte) n, (byte) (n >>> 8), (byte) ~n, (byte) (~n >>> 8)});
                body.put(token);
                crc.update(token);
            }
            body.put(compressedParts[i]);
            crc.update(parts[i]);
        }
        body.order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).putInt(length + (parts.length - 1) * token.length);
        out.write(body.array());
    }

    private static byte[] gzip(byte[] deflated, byte[] plain) {
        CRC32 crc = new CRC32();
        crc.update(plain);
        return ByteBuffer.allocate(GZIP_HEADER.length + deflated.length + 8).order(ByteOrder.LITTLE_ENDIAN)
                .put(GZIP_HEADER).put(deflated).putInt((int) crc.getValue()).putInt(plain.length).array();
    }

    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            byte[] buffer = new byte[8192];
            int mode = last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH;
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, mode);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static int indexOf(byte[] data, byte[] marker, int from) {
        outer:
        for (int i = from; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
