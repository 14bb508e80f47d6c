package de.offenekommune.registration.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes a certificate of attendance as a tagged PDF after PDF/UA-1: every line of text belongs to a
 * structure element (Document, H1, P, L) in reading order, the rule under the heading is an artifact, the
 * document language and title are set, the title is shown instead of the file name, the XMP metadata
 * names the standard, and the one font is embedded (as a subset).
 */
final class CertificatePdf {

    /** Fira Sans, the platform's typeface (SIL Open Font License), copied from npm by the build. */
    static final String FONT = "/certificate/400Regular/FiraSans_400Regular.ttf";

    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private CertificatePdf() {
    }

    /** One line of facts: "Veranstalter" and "Stadt Wuppertal". */
    record Fact(String label, String value) {
    }

    /** Everything printed, already in the certificate's language. */
    record Content(String language, String title, String statement, List<Fact> facts, String remark,
            String issued, String verification, String producer) {
    }

    static byte[] write(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the build: " + FONT);
                }
                font = PDType0Font.load(document, in, true);
            }
            PDStructureElement root = describe(document, content);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Tagger tagger = new Tagger(stream, page, font);
                tagger.text(root, StandardStructureTypes.H1, content.title(), 24, 8);
                tagger.rule();
                tagger.text(root, StandardStructureTypes.P, content.statement(), 13, 14);
                PDStructureElement list = tagger.element(root, StandardStructureTypes.L);
                for (Fact fact : content.facts()) {
                    PDStructureElement item = tagger.element(list, StandardStructureTypes.LI);
                    tagger.inline(item, StandardStructureTypes.LBL, fact.label() + ":", 11);
                    tagger.text(item, StandardStructureTypes.L_BODY, fact.value(), 11, 6, 130);
                }
                tagger.gap(16);
                if (content.remark() != null) {
                    tagger.text(root, StandardStructureTypes.P, content.remark(), 11, 16);
                }
                tagger.text(root, StandardStructureTypes.P, content.issued(), 11, 10);
                tagger.text(root, StandardStructureTypes.P, content.verification(), 9, 0);
                tagger.finish(document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Certificate could not be written", e);
        }
    }

    private static PDStructureElement describe(PDDocument document, Content content) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(content.language());
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        document.getDocumentInformation().setTitle(content.title());
        document.getDocumentInformation().setProducer(content.producer());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(content.title());
        dublinCore.addLanguage(content.language());
        XMPSchema pdfua = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
        pdfua.setIntegerPropertyValueAsSimple("part", 1);
        xmp.addSchema(pdfua);
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.toByteArray());
        catalog.setMetadata(metadata);

        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        PDStructureElement root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        root.setLanguage(content.language());
        tree.appendKid(root);
        return root;
    }

    /** Writes text into marked content sections and keeps each section's structure element for the parent tree. */
    private static final class Tagger {

        private final PDPageContentStream stream;
        private final PDPage page;
        private final PDType0Font font;
        private final List<PDStructureElement> parents = new ArrayList<>();
        private float y = PDRectangle.A4.getHeight() - MARGIN - 24;

        Tagger(PDPageContentStream stream, PDPage page, PDType0Font font) {
            this.stream = stream;
            this.page = page;
            this.font = font;
        }

        PDStructureElement element(PDStructureNode parent, String type) {
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        void text(PDStructureNode parent, String type, String text, float size, float after) throws IOException {
            text(parent, type, text, size, after, 0);
        }

        /** A block of wrapped lines, {@code indent} points from the left margin. */
        void text(PDStructureNode parent, String type, String text, float size, float after, float indent)
                throws IOException {
            PDStructureElement element = element(parent, type);
            mark(element, type, lines(text, size, WIDTH - indent), size, indent);
            y -= after;
        }

        /** A label on the line the following text starts on (it does not move down). */
        void inline(PDStructureNode parent, String type, String text, float size) throws IOException {
            PDStructureElement element = element(parent, type);
            float top = y;
            mark(element, type, List.of(text), size, 0);
            y = top;
        }

        private void mark(PDStructureElement element, String type, List<String> lines, float size, float indent)
                throws IOException {
            int mcid = parents.size();
            parents.add(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(font, size);
            float leading = size * 1.35f;
            stream.setLeading(leading);
            stream.newLineAtOffset(MARGIN + indent, y);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    stream.newLine();
                }
                stream.showText(lines.get(i));
            }
            stream.endText();
            stream.endMarkedContent();
            element.appendKid(new org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent(
                    COSName.getPDFName(type), properties));
            y -= leading * lines.size();
        }

        /** The line under the heading is decoration: an artifact that assistive technology skips. */
        void rule() throws IOException {
            stream.beginMarkedContent(COSName.ARTIFACT);
            stream.setLineWidth(1.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
            stream.endMarkedContent();
            y -= 28;
        }

        void gap(float points) {
            y -= points;
        }

        /** The parent tree maps each marked section of the page back to its structure element. */
        void finish(PDDocument document) {
            COSArray elements = new COSArray();
            parents.forEach(element -> elements.add(element.getCOSObject()));
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(Map.of(0, new PDParentTreeValue(elements)));
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            tree.setParentTree(parentTree);
            tree.setParentTreeNextKey(1);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }

        private List<String> lines(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : printable(paragraph).strip().split("\\s+")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** A name may hold a character the typeface lacks (an emoji, a rare script): it becomes a question mark. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = Character.toString(codePoint);
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
