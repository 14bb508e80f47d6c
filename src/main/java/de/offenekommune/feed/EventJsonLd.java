package de.offenekommune.feed;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.Audience;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventImage;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.EventStructuredData;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema.org {@code Event} for search engines and other harvesters, placed on every event page:
 * status, attendance mode, place with postal address, online location, offers (price 0 when free),
 * organizer, audiences and accessibility features. German is the language of the content.
 */
@Component
class EventJsonLd implements EventStructuredData {

    private final SiteProperties site;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Programmes programmes;

    private final ObjectProvider<EventImages> images;

    EventJsonLd(SiteProperties site, MessageSource messages, JsonMapper json, Programmes programmes,
            ObjectProvider<EventImages> images) {
        this.programmes = programmes;
        this.images = images;
        this.site = site;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public String jsonLd(Event event, Organization organizer) {
        String text = json.writeValueAsString(describe(event, organizer));
        // Nothing in a value can end the script element or start markup.
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    Map<String, Object> describe(Event event, Organization organizer) {
        EventDetails d = event.details();
        Schedule s = d.schedule();
        String url = site.absolute("/events/" + event.slug());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "Event");
        doc.put("@id", url + "#event");
        doc.put("name", d.title());
        doc.put("description", d.summary());
        doc.put("url", url);
        doc.put("identifier", "urn:uuid:" + event.id());
        doc.put("inLanguage", "de");
        EventImages.shown(images, event.id())
                .ifPresent(image -> doc.put("image", image(image)));
        if (s.allDay()) {
            doc.put("startDate", s.firstDay().toString());
            doc.put("endDate", s.lastDay().toString());
        } else {
            doc.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.localStart()));
            doc.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.localEnd()));
        }
        doc.put("eventStatus", "https://schema.org/" + status(event));
        doc.put("eventAttendanceMode", "https://schema.org/" + switch (d.attendanceMode()) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        });
        List<Object> locations = new ArrayList<>();
        if (d.attendanceMode().hasVenue()) {
            locations.add(place(d));
        }
        if (d.attendanceMode().isOnline() && d.onlineUrl() != null) {
            locations.add(Map.of("@type", "VirtualLocation", "url", d.onlineUrl()));
        }
        if (!locations.isEmpty()) {
            doc.put("location", locations.size() == 1 ? locations.get(0) : locations);
        }
        doc.put("isAccessibleForFree", d.cost().free());
        doc.put("offers", offer(event, url));
        if (organizer != null) {
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("@type", organizer.kind() == OrganizationKind.MUNICIPALITY
                    || organizer.kind() == OrganizationKind.STATE_BODY ? "GovernmentOrganization" : "Organization");
            organization.put("name", organizer.name());
            organization.put("url", organizer.websiteUrl() != null ? organizer.websiteUrl()
                    : site.absolute("/organizations/" + organizer.slug()));
            doc.put("organizer", organization);
        }
        if (!d.audiences().isEmpty()) {
            List<Map<String, Object>> audiences = new ArrayList<>();
            for (Audience audience : EnumSet.copyOf(d.audiences())) {
                audiences.add(Map.of("@type", "Audience", "audienceType", german(audience.messageKey())));
            }
            doc.put("audience", audiences.size() == 1 ? audiences.get(0) : audiences);
        }
        if (!d.topics().isEmpty()) {
            doc.put("keywords", EnumSet.copyOf(d.topics()).stream().map(Topic::messageKey).map(this::german).toList());
        }
        if (d.websiteUrl() != null || !d.links().isEmpty()) {
            List<String> sameAs = new ArrayList<>();
            if (d.websiteUrl() != null) {
                sameAs.add(d.websiteUrl());
            }
            d.links().forEach(link -> sameAs.add(link.url()));
            doc.put("sameAs", sameAs);
        }
        if (event.statusNote() != null && event.status() != EventStatus.PUBLISHED) {
            doc.put("disambiguatingDescription", event.statusNote());
        }
        Programme programme = programmes.shown(event.id());
        if (!programme.isEmpty()) {
            doc.put("subEvent", programme.sessions().stream().map(session -> subEvent(event, programme, session, url))
                    .toList());
        }
        return doc;
    }

    /** A session of the programme; only speakers who agreed to be named appear. */
    private Map<String, Object> subEvent(Event event, Programme programme, Session session, String url) {
        Schedule s = event.details().schedule();
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("@type", "Event");
        sub.put("@id", url + "/programme#" + session.anchor());
        sub.put("name", session.title());
        put(sub, "description", session.description());
        sub.put("url", url + "/programme#" + session.anchor());
        sub.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.start().atZone(s.zone())));
        sub.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(session.end().atZone(s.zone())));
        sub.put("inLanguage", session.language());
        programme.room(session).ifPresent(room -> sub.put("location", Map.of("@type", "Place", "name", room.name())));
        List<Map<String, Object>> performers = programme.publicSpeakers(session).stream()
                .map(speaker -> Map.<String, Object>of("@type", "Person", "name", speaker.name())).toList();
        if (!performers.isEmpty()) {
            sub.put("performer", performers);
        }
        return sub;
    }

    private static String status(Event event) {
        return switch (event.status()) {
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            // A new date after a postponement raises the sequence without a cancellation.
            default -> event.sequence() > 0 ? "EventRescheduled" : "EventScheduled";
        };
    }

    private Map<String, Object> place(EventDetails d) {
        Venue venue = d.venue();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        put(address, "streetAddress", venue.street());
        put(address, "postalCode", venue.postalCode());
        put(address, "addressLocality", venue.localityWithDistrict());
        if (venue.state() != null) {
            address.put("addressRegion", german(venue.state().messageKey()));
        }
        address.put("addressCountry", "DE");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        put(place, "name", venue.name());
        place.put("address", address);
        if (venue.hasCoordinates()) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude", venue.longitude()));
        }
        if (!d.accessibility().isEmpty()) {
            List<Map<String, Object>> features = new ArrayList<>();
            for (AccessibilityFeature feature : EnumSet.copyOf(d.accessibility())) {
                features.add(Map.of("@type", "LocationFeatureSpecification", "name", german(feature.messageKey()),
                        "value", true));
            }
            place.put("amenityFeature", features);
        }
        return place;
    }

    private Map<String, Object> offer(Event event, String url) {
        EventDetails d = event.details();
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", d.registration().url() != null ? d.registration().url() : url);
        if (d.cost().free()) {
            offer.put("price", 0);
            offer.put("priceCurrency", "EUR");
        } else if (d.cost().priceText() != null) {
            offer.put("description", d.cost().priceText());
            offer.put("priceCurrency", "EUR");
        }
        offer.put("availability", "https://schema.org/" + (event.status() == EventStatus.CANCELLED ? "SoldOut" : "InStock"));
        if (d.registration().opensAt() != null) {
            offer.put("validFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    d.registration().opensAt().atZone(d.schedule().zone())));
        } else if (event.publishedAt() != null) {
            offer.put("validFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    event.publishedAt().atZone(d.schedule().zone())));
        }
        return offer;
    }

    private String german(String key) {
        return messages.getMessage(key, null, Locale.GERMAN);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private Map<String, Object> image(EventImage image) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", "ImageObject");
        object.put("url", site.absolute(image.largest().path()));
        object.put("contentUrl", site.absolute(image.largest().path()));
        object.put("encodingFormat", image.contentType());
        object.put("width", image.largest().width());
        object.put("height", image.largest().height());
        object.put("caption", image.alt());
        if (image.credit() != null) {
            object.put("creditText", image.credit());
        }
        return object;
    }
}
