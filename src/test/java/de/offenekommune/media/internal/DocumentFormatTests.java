package de.offenekommune.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Documents are told by their content; their names play no part.
 */
class DocumentFormatTests {

    @Test
    void recognises_pdf_opendocument_office_and_text_by_content() throws IOException {
        assertThat(DocumentFormat.sniff("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.sniff(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")))
                .contains(DocumentFormat.ODT);
        assertThat(DocumentFormat.sniff(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")))
                .contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.sniff(zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")))
                .contains(DocumentFormat.PPTX);
        assertThat(DocumentFormat.sniff("Protokoll der Sitzung\nTOP 1: Begrüßung\n".getBytes(StandardCharsets.UTF_8)))
                .contains(DocumentFormat.TXT);
    }

    @Test
    void refuses_a_page_that_calls_itself_pdf() {
        // GIVEN "programm.pdf" that is really an HTML page with a script
        byte[] page = "<!DOCTYPE html><html><body><script>fetch('/account')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        // THEN
        assertThat(DocumentFormat.sniff(page)).isEmpty();
    }

    @Test
    void refuses_svg_other_archives_and_binary_files() throws IOException {
        assertThat(DocumentFormat.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentFormat.sniff(zip("evil.exe", "MZ", "readme.txt", "hi"))).isEmpty();
        assertThat(DocumentFormat.sniff(zip("mimetype", "application/epub+zip", "x", "y"))).isEmpty();
        assertThat(DocumentFormat.sniff(new byte[] {'M', 'Z', 0, 0, 1, 2, 3})).isEmpty();
        assertThat(DocumentFormat.sniff(new byte[] {(byte) 0xC3, 0x28})).isEmpty();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
