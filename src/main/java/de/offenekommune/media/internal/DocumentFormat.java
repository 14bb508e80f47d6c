package de.offenekommune.media.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types the platform accepts, told by content and never by name: PDF, the OpenDocument and
 * Office Open XML text, spreadsheet and presentation formats, and plain UTF-8 text that is no markup.
 */
public enum DocumentFormat {

    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    TXT("text/plain", "txt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 2_000;
    private static final String[] MARKUP = {"<html", "<script", "<!doctype", "<svg", "<?xml", "<body", "<iframe"};

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> byContentType(String type) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(type)).findFirst();
    }

    /** The format of {@code content}, or nothing when it is none of the accepted ones. */
    static Optional<DocumentFormat> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return zipped(content);
        }
        return text(content);
    }

    /** An OpenDocument names its type in a first entry {@code mimetype}; Office files by their folders. */
    private static Optional<DocumentFormat> zipped(byte[] content) {
        Set<String> names = new HashSet<>();
        String mimetype = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                if (names.isEmpty() && entry.getName().equals("mimetype")) {
                    mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                }
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (mimetype != null) {
            String type = mimetype;
            return Arrays.stream(new DocumentFormat[] {ODT, ODS, ODP}).filter(f -> f.contentType.equals(type)).findFirst();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /** Text is valid UTF-8 without control bytes and without markup a browser might be talked into running. */
    private static Optional<DocumentFormat> text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            boolean control = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
            String lower = text.toLowerCase(Locale.ROOT);
            if (control || Arrays.stream(MARKUP).anyMatch(lower::contains)) {
                return Optional.empty();
            }
            return Optional.of(TXT);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
