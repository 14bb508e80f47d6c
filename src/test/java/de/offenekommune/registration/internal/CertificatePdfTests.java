package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTests {

    @Test
    void long_lines_wrap_within_the_page_and_characters_the_typeface_lacks_become_question_marks() throws Exception {
        String title = "Zukunftswerkstatt " + "Bürgerbeteiligung ".repeat(12);
        byte[] pdf = CertificatePdf.write(new CertificatePdf.Content("de", "Teilnahmebescheinigung",
                "Zoë Ærøskøbing 🎉 hat an der Veranstaltung „" + title.strip() + "“ teilgenommen.",
                List.of(new CertificatePdf.Fact("Veranstaltung", title.strip())), null, "Ausgestellt am 6. Dezember 2026",
                "Bescheinigungsnummer ABCD-EFGH-JKMN.", "Offene Kommune"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains("Zoë Ærøskøbing ? hat").contains(title.strip());
            assertThat(text.lines().filter(line -> line.contains("Bürgerbeteiligung")).count()).isGreaterThan(2);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // every glyph lies inside the page's margins
            var page = document.getPage(0).getMediaBox();
            var positions = new java.util.ArrayList<Float>();
            PDFTextStripper measuring = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> textPositions) {
                    textPositions.forEach(position -> positions.add(position.getXDirAdj() + position.getWidthDirAdj()));
                }
            };
            measuring.getText(document);
            assertThat(positions).isNotEmpty().allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(page.getWidth() - 71));
        }
    }
}
