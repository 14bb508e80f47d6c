package de.offenekommune.registration.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.CheckIns;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;

/** Certificates of attendance: switched on per event, downloaded by those let in, a tagged PDF read back. */
@IntegrationTest
class CertificateTests {

    private static final Pattern NUMBER = Pattern.compile("Bescheinigungsnummer ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    CheckIns checkIns;
    @Autowired
    TransactionTemplate transaction;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @Test
    void a_person_let_in_downloads_a_tagged_pdf_with_name_event_date_place_and_organizer() throws Exception {
        // GIVEN an event with certificates switched on, and a person who was let in
        Event event = fixtures.publishedEvent(organizer, 10);
        Instant start = event.details().schedule().start();
        switchOn(event, "Anerkannt als Fortbildung (3 Stunden)").andExpect(status().isFound());
        String token = registerAndConfirm(event, "Erika Mustermann", Locale.GERMAN);
        Registration registration = fixtures.registration(emailOf(token));
        checkIns.checkIn(registration.id(), event.id(), Instant.now(), "Haupteingang");

        // WHEN they open their personal page and download the certificate
        String page = mvc.perform(get("/registrations/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        byte[] pdf = mvc.perform(get("/registrations/" + token + "/certificate.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"teilnahmebescheinigung-" + event.slug() + ".pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        // THEN the page offers it, and the PDF says who attended what, when, where and with whom
        assertThat(page).contains("/registrations/" + token + "/certificate.pdf").contains("Teilnahmebescheinigung herunterladen");
        String day = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN)
                .format(start.atZone(ZoneId.of("Europe/Berlin")));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/certificates"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificates/teilnahmebescheinigung.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Teilnahmebescheinigung")
                    .contains("Erika Mustermann hat am " + day + " an der Veranstaltung „" + event.details().title()
                            + "“ in Wuppertal teilgenommen.")
                    .contains("Ort: Rathaus Barmen, Johannes-Rau-Platz 1, 42275")
                    .contains("Veranstalter: Stadtteilverein")
                    .contains("Dauer: 3 Stunden")
                    .contains("Anerkannt als Fortbildung (3 Stunden)")
                    .contains("Ausgestellt am ");
            assertThat(text).doesNotContain(registration.email());

            // AND it is tagged after PDF/UA-1
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Teilnahmebescheinigung");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfuaid:part(=\"1\"|>1</pdfuaid:part>)")
                    .contains("http://www.aiim.org/pdfua/ns/id/")
                    .contains("Teilnahmebescheinigung");
            assertThat(structure(catalog.getStructureTreeRoot())).startsWith("Document[H1, P, L[LI[Lbl, LBody]")
                    .endsWith("P, P, P]");
            assertThat(catalog.getStructureTreeRoot().getParentTree()).isNotNull();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            }
        }

        // AND a second download carries the same number
        byte[] again = mvc.perform(get("/registrations/" + token + "/certificate.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(number(again)).isEqualTo(number(pdf));
    }

    @Test
    void an_english_registration_gets_an_english_certificate() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        switchOn(event, "").andExpect(status().isFound());
        String token = registerAndConfirm(event, "Jane Doe", Locale.ENGLISH);
        checkIns.checkIn(fixtures.registration(emailOf(token)).id(), event.id(), Instant.now(), null);

        byte[] pdf = mvc.perform(get("/registrations/" + token + "/certificate.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Certificate of attendance").contains("Jane Doe attended the event")
                    .contains("Duration: 3 hours");
        }
    }

    @Test
    void no_certificate_when_switched_off_before_the_check_in_nor_after_cancelling() throws Exception {
        // GIVEN a person let in at an event without certificates
        Event event = fixtures.publishedEvent(organizer, 10);
        String token = registerAndConfirm(event, "Max Muster", Locale.GERMAN);
        Registration registration = fixtures.registration(emailOf(token));
        checkIns.checkIn(registration.id(), event.id(), Instant.now(), "Haupteingang");

        // THEN none is offered nor handed out
        assertThat(mvc.perform(get("/registrations/" + token)).andReturn().getResponse().getContentAsString())
                .doesNotContain("certificate.pdf");
        assertThat(mvc.perform(get("/registrations/" + token + "/certificate.pdf")).andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString())
                .contains("Für diese Veranstaltung werden keine Teilnahmebescheinigungen ausgestellt.")
                .contains("href=\"/registrations/" + token + "\"");

        // GIVEN certificates switched on, and someone who was not let in
        switchOn(event, "").andExpect(status().isFound());
        String absent = registerAndConfirm(event, "Nicht Da", Locale.GERMAN);

        // THEN they get none (yet)
        assertThat(mvc.perform(get("/registrations/" + absent)).andReturn().getResponse().getContentAsString())
                .doesNotContain("certificate.pdf");
        assertThat(mvc.perform(get("/registrations/" + absent + "/certificate.pdf")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString())
                .contains("sobald Sie am Einlass eingecheckt wurden");

        // WHEN the person who was let in cancels afterwards
        management.cancel(token);

        // THEN their registration certifies nothing
        assertThat(mvc.perform(get("/registrations/" + token + "/certificate.pdf")).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString())
                .contains("Ihre Anmeldung ist storniert.");
        mvc.perform(get("/registrations/unknown-token-unknown-token-unknown-token-xx/certificate.pdf"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_switch_is_saved_over_http_only_by_the_organizers_and_a_too_long_remark_comes_back_as_typed() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String settings = "/manage/events/" + event.id() + "/registrations/settings";
        assertThat(mvc.perform(get(settings).with(user(organizer.principal()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString())
                .contains("Teilnahmebescheinigungen anbieten")
                .doesNotContainPattern("id=\"certificateEnabled\"[^>]*checked");

        String tooLong = "Ä".repeat(301);
        String refused = switchOn(event, tooLong).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains(tooLong).contains("höchstens 300 Zeichen").contains("id=\"error-summary\"");

        Organizer stranger = fixtures.organizer();
        mvc.perform(post(settings + "/certificate").param("enabled", "true").with(user(stranger.principal()))
                .with(formToken(mvc))).andExpect(status().isNotFound());
        mvc.perform(post(settings + "/certificate").param("enabled", "true").with(formToken(mvc)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(settings)).doesNotContainPattern("id=\"certificateEnabled\"[^>]*checked");

        switchOn(event, "  Unterschrift: Amt für Bürgerbeteiligung  ").andExpect(status().isFound())
                .andExpect(header().string("Location", settings));
        assertThat(page(settings)).containsPattern("id=\"certificateEnabled\"[^>]*checked")
                .contains("value=\"Unterschrift: Amt für Bürgerbeteiligung\"");

        mvc.perform(post(settings + "/certificate").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound());
        assertThat(page(settings)).doesNotContainPattern("id=\"certificateEnabled\"[^>]*checked");
    }

    private org.springframework.test.web.servlet.ResultActions switchOn(Event event, String remark) throws Exception {
        return mvc.perform(post("/manage/events/" + event.id() + "/registrations/settings/certificate")
                .param("enabled", "true").param("certificateRemark", remark)
                .with(user(organizer.principal())).with(formToken(mvc)));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(organizer.principal()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private final java.util.Map<String, String> emails = new java.util.HashMap<>();

    private String registerAndConfirm(Event event, String name, Locale locale) {
        String email = RegistrationFixtures.email("certificate");
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput(name, email, null, null, null, null, true, locale, null)));
        String token = fixtures.confirm(email);
        emails.put(token, email);
        return token;
    }

    private String emailOf(String token) {
        return emails.get(token);
    }

    private static String number(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Matcher matcher = NUMBER.matcher(new PDFTextStripper().getText(document).replaceAll("\\s+", " "));
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }
    }

    /** The structure tree as "Document[H1, P, L[LI[Lbl, LBody]]]", marked content left out. */
    private static String structure(PDStructureNode node) {
        List<String> kids = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(structure(element));
            }
        }
        String children = String.join(", ", kids);
        if (node instanceof PDStructureElement element) {
            return element.getStructureType() + (kids.isEmpty() ? "" : "[" + children + "]");
        }
        return children;
    }
}
