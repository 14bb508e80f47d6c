package de.offenekommune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.Organization;
import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.event.TestEvents;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.CsvWriter;
import de.offenekommune.platform.FederalState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD, Open Graph, Atom, the open-data exports and their DCAT-AP.de entry. */
@IntegrationTest
class ReuseFormatsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestEvents fixtures;
    Organization organizer;

    @BeforeEach
    void organizer() {
        fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Initiative Offene Kommunen.NRW");
    }

    @Test
    void the_reference_event_page_carries_schema_org_json_ld_with_every_required_property() throws Exception {
        Event event = fixtures.reference(organizer)
                .venue(new Venue("Gesamtschule Barmen", "Unterdörnen 1", "42283", "Wuppertal", "Barmen",
                        FederalState.NORDRHEIN_WESTFALEN, new BigDecimal("51.270000"), new BigDecimal("7.200000"), null, null))
                .accessibility(Set.of(AccessibilityFeature.STEP_FREE_ACCESS)).save();

        var page = Jsoup.parse(mvc.perform(get("/events/" + event.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").first().data());

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("name").asString()).isEqualTo("Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis");
        assertThat(ld.get("startDate").asString()).isEqualTo("2013-11-09T09:30:00+01:00");
        assertThat(ld.get("endDate").asString()).isEqualTo("2013-11-09T17:30:00+01:00");
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        JsonNode location = ld.get("location");
        assertThat(location.get("@type").asString()).isEqualTo("Place");
        assertThat(location.get("name").asString()).isEqualTo("Gesamtschule Barmen");
        assertThat(location.get("address").get("@type").asString()).isEqualTo("PostalAddress");
        assertThat(location.get("address").get("streetAddress").asString()).isEqualTo("Unterdörnen 1");
        assertThat(location.get("address").get("postalCode").asString()).isEqualTo("42283");
        assertThat(location.get("address").get("addressLocality").asString()).isEqualTo("Wuppertal-Barmen");
        assertThat(location.get("address").get("addressRegion").asString()).isEqualTo("Nordrhein-Westfalen");
        assertThat(location.get("address").get("addressCountry").asString()).isEqualTo("DE");
        assertThat(location.get("geo").get("latitude").decimalValue()).isEqualByComparingTo("51.27");
        assertThat(location.get("amenityFeature").get(0).get("name").asString()).isEqualTo("Stufenloser Zugang");
        assertThat(ld.get("offers").get("@type").asString()).isEqualTo("Offer");
        assertThat(ld.get("offers").get("price").asInt()).isZero();
        assertThat(ld.get("offers").get("priceCurrency").asString()).isEqualTo("EUR");
        assertThat(ld.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.get("organizer").get("name").asString()).isEqualTo("Initiative Offene Kommunen.NRW");
        assertThat(ld.get("organizer").get("url").asString()).isEqualTo(organizer.websiteUrl());
        assertThat(ld.get("audience")).hasSize(5);
        assertThat(ld.get("audience").get(0).get("audienceType").asString()).isEqualTo("Bürgerinnen und Bürger");
        assertThat(ld.get("url").asString()).isEqualTo("http://localhost:8080/events/" + event.slug());
        // Open Graph for link previews
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(event.details().title());
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost:8080/events/" + event.slug());
        assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("Eine Tagung für alle");
    }

    @Test
    void cancelled_online_events_and_markup_in_titles_are_described_safely() throws Exception {
        Event event = fixtures.event(organizer).title("</script><script>alert(1)</script> & Co")
                .online(AttendanceMode.HYBRID, "https://meet.example.org/x").cancelled("Krank").save();

        String body = mvc.perform(get("/events/" + event.slug())).andReturn().getResponse().getContentAsString();
        String script = Jsoup.parse(body).select("script[type=application/ld+json]").first().data();
        JsonNode ld = json.readTree(script);

        assertThat(script).doesNotContain("</script>").doesNotContain("<");
        assertThat(ld.get("name").asString()).isEqualTo("</script><script>alert(1)</script> & Co");
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(ld.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(Jsoup.parse(body).select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void the_atom_feed_is_well_formed_with_permanent_entry_ids() throws Exception {
        Event event = fixtures.event(organizer).title("Stadtgespräch <Zukunft> & Wandel").summary("Über <b>Wandel</b> & mehr").save();

        byte[] atom = mvc.perform(get("/events.atom").param("organizer", organizer.slug()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(atom));
        Element feed = document.getDocumentElement();
        NodeList entries = feed.getElementsByTagName("entry");

        assertThat(feed.getNamespaceURI() == null ? feed.getAttribute("xmlns") : feed.getNamespaceURI())
                .isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagName("id").item(0).getTextContent())
                .isEqualTo("http://localhost:8080/events.atom?organizer=" + organizer.slug());
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagName("id").item(0).getTextContent()).isEqualTo("urn:uuid:" + event.id());
        assertThat(entry.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Stadtgespräch <Zukunft> & Wandel");
        // The content is HTML as text: the organizer's markup arrives escaped, never as markup.
        assertThat(entry.getElementsByTagName("content").item(0).getTextContent()).contains("Über &lt;b&gt;Wandel&lt;/b&gt; &amp; mehr")
                .doesNotContain("<b>");
    }

    @Test
    void exports_contain_every_public_event_with_the_documented_fields_and_no_personal_data() throws Exception {
        Event published = fixtures.event(organizer).title("=HYPERLINK(\"http://evil\"), mit Komma")
                .contact(new Contact("Erika Mustermann", "erika@example.org", "0202 123456")).save();
        Event draft = fixtures.event(organizer).title("Entwurf").draft().save();

        String csv = mvc.perform(get("/open-data/events.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String jsonExport = mvc.perform(get("/open-data/events.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode schema = json.readTree(mvc.perform(get("/open-data/events.schema.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode export = json.readTree(jsonExport);

        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        List<String> documented = iterable(schema.get("$defs").get("event").get("properties").propertyNames());
        assertThat(header).containsExactlyElementsOf(documented).contains("id", "title", "start", "municipality_ags");
        assertThat(csv).contains(published.id().toString()).doesNotContain(draft.id().toString())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\"), mit Komma\"");
        List<CSVRecord> records = CsvWriter.Dialect.RFC_4180.format().builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord row = records.stream().filter(record -> record.get("id").equals(published.id().toString()))
                .findFirst().orElseThrow();
        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil\"), mit Komma");
        assertThat(csv + jsonExport).doesNotContain("Erika").doesNotContain("erika@example.org").doesNotContain("0202 123456");
        JsonNode mine = null;
        for (JsonNode node : export.get("events")) {
            if (node.get("id").asString().equals(published.id().toString())) {
                mine = node;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("title").asString()).isEqualTo("=HYPERLINK(\"http://evil\"), mit Komma");
        assertThat(iterable(mine.propertyNames())).containsExactlyElementsOf(documented);
        long publicEvents = jdbc.sql("select count(*) from event where status <> 'DRAFT'").query(Long.class).single();
        assertThat(export.get("events").size()).isEqualTo(publicEvents);
        assertThat(csv.split("\r\n(?=[0-9a-f]{8}-)").length - 1).isEqualTo(publicEvents);
        assertThat(export.get("meta").get("license").asString()).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
    }

    @Test
    void the_dcat_catalog_describes_the_distributions_with_licence_and_publisher() throws Exception {
        byte[] rdf = mvc.perform(get("/open-data/catalog.rdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/rdf+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(rdf));

        NodeList datasets = document.getElementsByTagNameNS(DcatCatalog.DCAT, "Dataset");
        NodeList distributions = document.getElementsByTagNameNS(DcatCatalog.DCAT, "Distribution");
        assertThat(document.getElementsByTagNameNS(DcatCatalog.DCAT, "Catalog").getLength()).isEqualTo(1);
        assertThat(datasets.getLength()).isEqualTo(1);
        assertThat(distributions.getLength()).isEqualTo(3);
        Element csv = (Element) distributions.item(0);
        assertThat(csv.getAttributeNS(DcatCatalog.RDF, "about")).isEqualTo("http://localhost:8080/open-data/events.csv");
        assertThat(((Element) csv.getElementsByTagNameNS(DcatCatalog.DCT, "license").item(0)).getAttributeNS(DcatCatalog.RDF, "resource"))
                .isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
        assertThat(((Element) csv.getElementsByTagNameNS(DcatCatalog.DCT, "format").item(0)).getAttributeNS(DcatCatalog.RDF, "resource"))
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(Long.parseLong(csv.getElementsByTagNameNS(DcatCatalog.DCAT, "byteSize").item(0).getTextContent())).isPositive();
        Element dataset = (Element) datasets.item(0);
        assertThat(dataset.getElementsByTagNameNS(DcatCatalog.FOAF, "name").item(0).getTextContent()).isEqualTo("Offene Kommune");
        assertThat(dataset.getElementsByTagNameNS(DcatCatalog.DCAT, "distribution").getLength()).isEqualTo(3);
        assertThat(dataset.getElementsByTagNameNS(DcatCatalog.DCATDE, "licenseAttributionByText").item(0).getTextContent())
                .isEqualTo("Offene Kommune");
    }

    @Test
    void the_embed_page_alone_may_be_framed_and_shows_no_login_state() throws Exception {
        fixtures.event(organizer).title("Eingebettet").save();

        var embed = mvc.perform(get("/embed/events").param("organizer", organizer.slug()).param("limit", "3"))
                .andExpect(status().isOk()).andReturn().getResponse();
        var normal = mvc.perform(get("/events")).andReturn().getResponse();

        assertThat(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors *").contains("script-src 'self'");
        assertThat(embed.getHeader("X-Frame-Options")).isNull();
        assertThat(embed.getContentAsString()).contains("Eingebettet").contains("target=\"_blank\"").doesNotContain("<form");
        assertThat(normal.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(normal.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(mvc.perform(get("/embed")).andReturn().getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        mvc.perform(get("/embed/events").param("limit", "1000")).andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/embed/events"))
                .andExpect(status().is4xxClientError());
    }

    private static List<String> iterable(java.util.Collection<String> names) {
        return List.copyOf(names);
    }
}
