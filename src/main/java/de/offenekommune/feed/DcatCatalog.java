package de.offenekommune.feed;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import de.offenekommune.feed.internal.OpenDataProperties;
import de.offenekommune.platform.SiteProperties;

/**
 * The DCAT-AP.de catalog entry (RDF/XML) for the open-data exports, so that the open-data portals
 * of the Länder and GovData can harvest them: one dataset with CSV, JSON and API distributions,
 * the operator's licence and publisher.
 */
@Component
class DcatCatalog {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private final SiteProperties site;
    private final OpenDataProperties openData;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    DcatCatalog(SiteProperties site, OpenDataProperties openData) {
        this.site = site;
        this.openData = openData;
    }

    String write(OpenDataExports.Export export, String attribution, long csvBytes, long jsonBytes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("rdf", RDF);
            xml.setPrefix("dcat", DCAT);
            xml.setPrefix("dct", DCT);
            xml.setPrefix("foaf", FOAF);
            xml.setPrefix("vcard", VCARD);
            xml.setPrefix("dcatde", DCATDE);
            xml.writeStartElement(RDF, "RDF");
            xml.writeNamespace("rdf", RDF);
            xml.writeNamespace("dcat", DCAT);
            xml.writeNamespace("dct", DCT);
            xml.writeNamespace("foaf", FOAF);
            xml.writeNamespace("vcard", VCARD);
            xml.writeNamespace("dcatde", DCATDE);
            String publisher = openData.publisher() == null || openData.publisher().isBlank() ? site.name() : openData.publisher();
            String modified = DateTimeFormatter.ISO_INSTANT.format(export.lastModified());

            xml.writeStartElement(DCAT, "Catalog");
            xml.writeAttribute("rdf", RDF, "about", site.absolute("/open-data/catalog.rdf#catalog"));
            literal(xml, DCT, "title", site.name() + " – Offene Daten", "de");
            literal(xml, DCT, "description", "Offene Daten der Veranstaltungsplattform " + site.name() + ".", "de");
            resource(xml, FOAF, "homepage", site.absolute("/"));
            resource(xml, DCT, "language", EU + "language/DEU");
            resource(xml, DCT, "license", openData.licenseUri());
            agent(xml, publisher);
            typed(xml, DCT, "modified", modified, "dateTime");
            xml.writeStartElement(DCAT, "dataset");
            dataset(xml, publisher, attribution, modified);
            xml.writeEndElement();
            xml.writeEndElement();

            distribution(xml, "/open-data/events.csv", "Alle veröffentlichten Veranstaltungen (CSV)", "CSV", "text/csv",
                    attribution, modified, csvBytes);
            distribution(xml, "/open-data/events.json", "Alle veröffentlichten Veranstaltungen (JSON)", "JSON",
                    "application/json", attribution, modified, jsonBytes);
            distribution(xml, "/api/v1/events", "Programmierschnittstelle mit Filtern und Suche (JSON)", "JSON",
                    "application/json", attribution, modified, -1);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void dataset(XMLStreamWriter xml, String publisher, String attribution, String modified)
            throws XMLStreamException {
        String id = site.absolute("/open-data#events");
        xml.writeStartElement(DCAT, "Dataset");
        xml.writeAttribute("rdf", RDF, "about", id);
        literal(xml, DCT, "identifier", id, null);
        literal(xml, DCT, "title", "Veranstaltungen – " + site.name(), "de");
        literal(xml, DCT, "description", "Alle öffentlichen Veranstaltungen der Plattform " + site.name()
                + " (veröffentlicht, verschoben und abgesagt, vergangene und kommende): Termin, Ort mit Adresse und "
                + "Gemeindeschlüssel, Art, Themen, Zielgruppen, Barrierefreiheit, Kosten, Anmeldung und Veranstalter; "
                + "nach dem Ende einer Veranstaltung mit Anmeldung über die Plattform die Teilnahmezahlen "
                + "(angemeldet, Warteliste, eingecheckt, storniert; Zahlen unter 5 als „< 5“). "
                + "Ohne personenbezogene Daten.", "de");
        resource(xml, DCAT, "theme", EU + "data-theme/GOVE");
        resource(xml, DCAT, "theme", EU + "data-theme/SOCI");
        for (String keyword : new String[] {"Veranstaltungen", "Open Government", "Bürgerbeteiligung", "Kommunen", "Termine",
                "Teilnahmezahlen"}) {
            literal(xml, DCAT, "keyword", keyword, "de");
        }
        resource(xml, DCAT, "landingPage", site.absolute("/open-data"));
        resource(xml, DCT, "accessRights", EU + "access-right/PUBLIC");
        resource(xml, DCT, "accrualPeriodicity", EU + "frequency/UPDATE_CONT");
        resource(xml, DCT, "language", EU + "language/DEU");
        typed(xml, DCT, "modified", modified, "dateTime");
        agent(xml, publisher);
        if (openData.contactEmail() != null && !openData.contactEmail().isBlank()) {
            xml.writeStartElement(DCAT, "contactPoint");
            xml.writeStartElement(VCARD, "Organization");
            literal(xml, VCARD, "fn", publisher, null);
            resource(xml, VCARD, "hasEmail", "mailto:" + openData.contactEmail().strip());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        if (openData.contributorId() != null && !openData.contributorId().isBlank()) {
            resource(xml, DCATDE, "contributorID", openData.contributorId().strip());
        }
        literal(xml, DCATDE, "licenseAttributionByText", attribution, "de");
        for (String path : new String[] {"/open-data/events.csv", "/open-data/events.json", "/api/v1/events"}) {
            resource(xml, DCAT, "distribution", site.absolute(path));
        }
        xml.writeEndElement();
    }

    private void distribution(XMLStreamWriter xml, String path, String title, String format, String mediaType,
            String attribution, String modified, long bytes) throws XMLStreamException {
        String url = site.absolute(path);
        xml.writeStartElement(DCAT, "Distribution");
        xml.writeAttribute("rdf", RDF, "about", url);
        literal(xml, DCT, "title", title, "de");
        resource(xml, DCAT, "accessURL", url);
        if (bytes >= 0) {
            resource(xml, DCAT, "downloadURL", url);
            typed(xml, DCAT, "byteSize", Long.toString(bytes), "decimal");
            resource(xml, DCT, "conformsTo", site.absolute("/open-data/events.schema.json"));
        }
        resource(xml, DCT, "format", EU + "file-type/" + format);
        resource(xml, DCAT, "mediaType", "https://www.iana.org/assignments/media-types/" + mediaType);
        resource(xml, DCT, "license", openData.licenseUri());
        literal(xml, DCATDE, "licenseAttributionByText", attribution, "de");
        typed(xml, DCT, "modified", modified, "dateTime");
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(DCT, "publisher");
        xml.writeStartElement(FOAF, "Agent");
        literal(xml, FOAF, "name", name, null);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void literal(XMLStreamWriter xml, String ns, String name, String text, String lang)
            throws XMLStreamException {
        xml.writeStartElement(ns, name);
        if (lang != null) {
            xml.writeAttribute("xml:lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void typed(XMLStreamWriter xml, String ns, String name, String text, String type)
            throws XMLStreamException {
        xml.writeStartElement(ns, name);
        xml.writeAttribute("rdf", RDF, "datatype", XSD + type);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void resource(XMLStreamWriter xml, String ns, String name, String uri) throws XMLStreamException {
        xml.writeEmptyElement(ns, name);
        xml.writeAttribute("rdf", RDF, "resource", uri);
    }
}
