package de.offenekommune.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventImage;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.Topic;
import de.offenekommune.event.calendar.IcalWriter;
import de.offenekommune.platform.SiteProperties;

/**
 * Events as an Atom feed (RFC 4287) for feed readers and news sites: one entry per event, its id
 * the event's permanent {@code urn:uuid}, updated whenever the organizer saves.
 */
@Component
class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteProperties site;
    private final MessageSource messages;
    private final EventDateFormatter dates;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    private final ObjectProvider<EventImages> images;

    AtomWriter(SiteProperties site, MessageSource messages, EventDateFormatter dates, ObjectProvider<EventImages> images) {
        this.images = images;
        this.site = site;
        this.messages = messages;
        this.dates = dates;
    }

    /**
     * @param self    the feed's own absolute address, also its id
     * @param html    the listing page with the same filters
     * @param updated when anything in the feed last changed
     */
    String write(List<Event> events, Map<OrganizationId, Organization> organizers, String title, String self,
            String html, Instant updated, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", locale.getLanguage());
            element(xml, "id", self);
            element(xml, "title", title);
            element(xml, "subtitle", text("feed.atom.subtitle", locale, site.name()));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", "application/atom+xml", self);
            link(xml, "alternate", "text/html", html);
            xml.writeStartElement("generator");
            xml.writeAttribute("uri", site.absolute("/"));
            xml.writeCharacters(site.name());
            xml.writeEndElement();
            Map<EventId, EventImage> pictures = images.stream()
                    .map(found -> found.findAll(events.stream().map(Event::id).toList()))
                    .findFirst().orElse(Map.of());
            for (Event event : events) {
                entry(xml, event, organizers.get(event.organizer()), pictures.get(event.id()), locale);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, Event event, Organization organizer, EventImage image, Locale locale)
            throws XMLStreamException {
        EventDetails d = event.details();
        String url = site.absolute("/events/" + event.slug());
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + event.id());
        String title = switch (event.status()) {
            case CANCELLED -> text("feed.ical.cancelled", locale, d.title());
            case POSTPONED -> text("feed.ical.postponed", locale, d.title());
            default -> d.title();
        };
        element(xml, "title", title);
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(event.updatedAt()));
        if (event.publishedAt() != null) {
            element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(event.publishedAt()));
        }
        link(xml, "alternate", "text/html", url);
        link(xml, "enclosure", "text/calendar", url + ".ics");
        if (image != null) {
            link(xml, "enclosure", image.contentType(), site.absolute(image.largest().path()));
        }
        if (organizer != null) {
            xml.writeStartElement("author");
            element(xml, "name", organizer.name());
            element(xml, "uri", site.absolute("/organizations/" + organizer.slug()));
            xml.writeEndElement();
        } else {
            xml.writeStartElement("author");
            element(xml, "name", site.name());
            xml.writeEndElement();
        }
        if (!d.topics().isEmpty()) {
            for (Topic topic : EnumSet.copyOf(d.topics())) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", topic.name());
                xml.writeAttribute("label", text(topic.messageKey(), locale));
            }
        }
        String when = dates.when(d.schedule(), locale);
        String where = IcalWriter.location(event);
        element(xml, "summary", when + (where == null ? "" : " · " + where) + " – " + d.summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        StringBuilder html = new StringBuilder();
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.POSTPONED) {
            html.append("<p><strong>").append(escape(text(event.status().messageKey(), locale))).append("</strong>");
            if (event.statusNote() != null) {
                html.append(": ").append(escape(event.statusNote()));
            }
            html.append("</p>");
        }
        html.append("<p><strong>").append(escape(when)).append("</strong>");
        if (where != null) {
            html.append("<br>").append(escape(where));
        }
        html.append("</p>");
        if (image != null) {
            EventImage.Rendition shown = image.medium();
            html.append("<p><img src=\"").append(escape(site.absolute(shown.path()))).append("\" width=\"")
                    .append(shown.width()).append("\" height=\"").append(shown.height()).append("\" alt=\"")
                    .append(escape(image.alt())).append("\"></p>");
        }
        html.append("<p>").append(escape(d.summary())).append("</p>").append(event.descriptionHtml());
        xml.writeCharacters(html.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
