package de.offenekommune.pagestore.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One rendered public response, split where each response needs a value of its own (the visitor's
 * CSRF token, a {@link FreshValue}), kept both as is and gzip-compressed. Each part is compressed on
 * its own (ending on a full flush), so the values can be placed between the compressed parts as
 * uncompressed ("stored") deflate blocks: the response is compressed once, not per visitor.
 */
public final class RenderedPage {

    private static final Set<String> PERSONAL_EXCLUDED = Set.of("etag", "last-modified",
            "cache-control");
    private static final byte[] DOT = {'.'};
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final List<Header> headers;
    private final byte[][] parts;
    private final List<Slot> slots;
    private final byte[][] compressedParts;
    private final int[] partCrcs;
    private final Crc32Shift[] partShifts;
    private final int length;
    private final int compressedLength;
    private final String etag;
    private final byte[] completeCompressed;
    // The headers the filter chain adds around the page (security headers), for plain [0] and secure [1] requests.
    private final AtomicReferenceArray<List<Header>> chainHeaders = new AtomicReferenceArray<>(2);

    record Header(String name, String value) {
    }

    private RenderedPage(List<Header> headers, byte[][] parts, List<Slot> slots, String etag) {
        this.slots = List.copyOf(slots);
        // A page with a visitor's token is that visitor's: no validators, and no shared caching.
        this.headers = parts.length == 1 ? List.copyOf(headers) : headers.stream()
                .filter(header -> !PERSONAL_EXCLUDED.contains(header.name().toLowerCase(Locale.ROOT)))
                .toList();
        this.parts = parts;
        this.compressedParts = new byte[parts.length][];
        this.partCrcs = new int[parts.length];
        this.partShifts = new Crc32Shift[parts.length];
        int plain = 0;
        int compressed = 0;
        CRC32 crc = new CRC32();
        for (int i = 0; i < parts.length; i++) {
            compressedParts[i] = deflate(parts[i], i == parts.length - 1);
            crc.reset();
            crc.update(parts[i]);
            partCrcs[i] = (int) crc.getValue();
            partShifts[i] = Crc32Shift.of(parts[i].length);
            plain += parts[i].length;
            compressed += compressedParts[i].length;
        }
        this.length = plain;
        this.compressedLength = compressed;
        this.etag = etag;
        this.completeCompressed = parts.length == 1 ? gzip(compressedParts[0], parts[0]) : null;
    }

    /**
     * Where a response needs a value of its own: the visitor's CSRF token ({@code name == null}) or a
     * {@link FreshValue}.
     */
    record Slot(String name, String argument) {

        boolean isToken() {
            return name == null;
        }
    }

    /** The body, cut at every placeholder: {@code P} for the token, {@code P.name.argument.} for a fresh value. */
    public static RenderedPage of(List<Header> headers, byte[] body, String placeholder, String etag) {
        byte[] marker = placeholder.getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int start = 0;
        for (int at = indexOf(body, marker, 0); at >= 0; at = indexOf(body, marker, start)) {
            parts.add(Arrays.copyOfRange(body, start, at));
            start = at + marker.length;
            if (start < body.length && body[start] == '.') {
                int nameEnd = indexOf(body, DOT, start + 1);
                int argumentEnd = indexOf(body, DOT, nameEnd + 1);
                slots.add(new Slot(new String(body, start + 1, nameEnd - start - 1, StandardCharsets.UTF_8),
                        new String(body, nameEnd + 1, argumentEnd - nameEnd - 1, StandardCharsets.UTF_8)));
                start = argumentEnd + 1;
            } else {
                slots.add(new Slot(null, null));
            }
        }
        parts.add(Arrays.copyOfRange(body, start, body.length));
        return new RenderedPage(headers, parts.toArray(byte[][]::new), slots, etag);
    }

    List<Header> headers() {
        return headers;
    }

    /**
     * The headers that the filters between {@link KeptPageShortcut} and {@link RenderedPageFilter} added when this
     * page last went out to a plain or a secure request; {@code null} until it has.
     */
    List<Header> chainHeaders(boolean secure) {
        return chainHeaders.get(secure ? 1 : 0);
    }

    void chainHeaders(boolean secure, List<Header> headers) {
        chainHeaders.set(secure ? 1 : 0, List.copyOf(headers));
    }

    /** Whether each response needs values of its own (a form's CSRF token, a fresh value). */
    boolean isPersonal() {
        return parts.length > 1;
    }

    /** The places that need a value per response, in order. */
    List<Slot> slots() {
        return slots;
    }

    /** The strong validator, only for pages the same for everyone; else {@code null}. */
    String etag() {
        return isPersonal() ? null : etag;
    }

    /** Memory held, roughly. */
    public int size() {
        return length + 2 * compressedLength;
    }

    /** @param values one per {@link #slots() slot} */
    int contentLength(byte[][] values, boolean gzip) {
        int inserted = 0;
        for (byte[] value : values) {
            inserted += value.length;
        }
        return gzip ? GZIP_HEADER.length + compressedLength + inserted + values.length * 5 + 8 : length + inserted;
    }

    /** Writes the whole body in one piece: every write passes several response wrappers. */
    void write(OutputStream out, byte[][] values, boolean gzip) throws IOException {
        if (!isPersonal()) {
            out.write(gzip ? completeCompressed : parts[0]);
            return;
        }
        ByteBuffer body = ByteBuffer.wrap(new byte[contentLength(values, gzip)]);
        if (!gzip) {
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    body.put(values[i - 1]);
                }
                body.put(parts[i]);
            }
            out.write(body.array());
            return;
        }
        // The checksum of the whole: the parts' own, computed once, with the values' put between them.
        int crc = partCrcs[0];
        CRC32 valueCrc = new CRC32();
        body.put(GZIP_HEADER);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                // A stored block: BFINAL 0, BTYPE 00, padded to the byte, then LEN and its complement.
                byte[] value = values[i - 1];
                int n = value.length;
                body.put(new byte[] {0, (byte) n, (byte) (n >>> 8), (byte) ~n, (byte) (~n >>> 8)});
                body.put(value);
                valueCrc.reset();
                valueCrc.update(value);
                crc = Crc32Shift.of(n).append(crc, (int) valueCrc.getValue());
                crc = partShifts[i].append(crc, partCrcs[i]);
            }
            body.put(compressedParts[i]);
        }
        body.order(ByteOrder.LITTLE_ENDIAN).putInt(crc).putInt(contentLength(values, false));
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
