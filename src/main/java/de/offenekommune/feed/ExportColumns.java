package de.offenekommune.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventImage;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Session;

/**
 * The fields of the open-data exports, the same in CSV and JSON, in the order of the CSV columns.
 * Only what the event page shows to everyone; no contact person, email or phone number, nothing
 * about registrations.
 */
final class ExportColumns {

    /** JSON Schema types; {@code date-time} values carry the event's UTC offset. */
    enum Type { STRING, INTEGER, NUMBER, BOOLEAN, DATE_TIME, URI, ARRAY }

    record Column(String name, Type type, boolean required, Function<Row, Object> value) {
    }

    /**
     * @param sessions  the event's programme in time order, empty when it has none
     * @param image     the event's image, or {@code null}
     * @param documents the absolute download addresses of the event's documents
     */
    record Row(Event event, Organization organizer, SiteProperties site, List<Session> sessions, EventImage image,
            List<String> documents) {
    }

    static final List<Column> ALL = List.of(
            column("id", Type.STRING, true, r -> r.event().id().toString()),
            column("url", Type.URI, true, r -> r.site().absolute("/events/" + r.event().slug())),
            column("ical_url", Type.URI, true, r -> r.site().absolute("/events/" + r.event().slug() + ".ics")),
            column("title", Type.STRING, true, r -> d(r).title()),
            column("summary", Type.STRING, true, r -> d(r).summary()),
            column("description", Type.STRING, false, r -> d(r).description()),
            column("type", Type.STRING, true, r -> d(r).type().name()),
            column("status", Type.STRING, true, r -> r.event().status().name()),
            column("status_note", Type.STRING, false, r -> r.event().statusNote()),
            column("start", Type.DATE_TIME, true, r -> at(s(r).start(), s(r).zone())),
            column("end", Type.DATE_TIME, true, r -> at(s(r).end(), s(r).zone())),
            column("time_zone", Type.STRING, true, r -> s(r).zone().getId()),
            column("all_day", Type.BOOLEAN, true, r -> s(r).allDay()),
            column("attendance_mode", Type.STRING, true, r -> d(r).attendanceMode().name()),
            column("online_url", Type.URI, false, r -> d(r).onlineUrl()),
            column("venue_name", Type.STRING, false, r -> venue(r).name()),
            column("venue_street", Type.STRING, false, r -> venue(r).street()),
            column("venue_postal_code", Type.STRING, false, r -> venue(r).postalCode()),
            column("venue_locality", Type.STRING, false, r -> venue(r).locality()),
            column("venue_district", Type.STRING, false, r -> venue(r).district()),
            column("venue_state", Type.STRING, false, r -> venue(r).state() == null ? null : venue(r).state().name()),
            column("latitude", Type.NUMBER, false, r -> venue(r).latitude()),
            column("longitude", Type.NUMBER, false, r -> venue(r).longitude()),
            column("municipality_name", Type.STRING, false, r -> d(r).municipality().name()),
            column("municipality_ags", Type.STRING, false, r -> d(r).municipality().ags()),
            column("free_of_charge", Type.BOOLEAN, true, r -> d(r).cost().free()),
            column("price", Type.STRING, false, r -> d(r).cost().priceText()),
            column("registration_mode", Type.STRING, true, r -> d(r).registration().mode().name()),
            column("registration_url", Type.URI, false, r -> d(r).registration().url()),
            column("capacity", Type.INTEGER, false, r -> d(r).registration().capacity()),
            column("registration_opens", Type.DATE_TIME, false, r -> at(d(r).registration().opensAt(), s(r).zone())),
            column("registration_deadline", Type.DATE_TIME, false, r -> at(d(r).registration().deadline(), s(r).zone())),
            column("audiences", Type.ARRAY, true, r -> names(d(r).audiences())),
            column("topics", Type.ARRAY, true, r -> names(d(r).topics())),
            column("accessibility", Type.ARRAY, true, r -> names(d(r).accessibility())),
            column("easy_read_summary", Type.STRING, false, r -> d(r).easyReadSummary()),
            column("website_url", Type.URI, false, r -> d(r).websiteUrl()),
            column("organizer_name", Type.STRING, false, r -> r.organizer() == null ? null : r.organizer().name()),
            column("organizer_kind", Type.STRING, false, r -> r.organizer() == null ? null : r.organizer().kind().name()),
            column("organizer_url", Type.URI, false, r -> r.organizer() == null ? null
                    : r.site().absolute("/organizations/" + r.organizer().slug())),
            column("sequence", Type.INTEGER, true, r -> r.event().sequence()),
            column("published_at", Type.DATE_TIME, false, r -> at(r.event().publishedAt(), ZoneId.of("UTC"))),
            column("updated_at", Type.DATE_TIME, true, r -> at(r.event().updatedAt(), ZoneId.of("UTC"))),
            column("programme_ical_url", Type.URI, false, r -> r.sessions().isEmpty() ? null
                    : r.site().absolute("/events/" + r.event().slug() + "/programme.ics")),
            column("sessions", Type.ARRAY, true, r -> r.sessions().stream()
                    .map(session -> at(session.start(), s(r).zone()) + "/" + at(session.end(), s(r).zone()) + " "
                            + session.title().replace('|', '/'))
                    .toList()),
            column("image_url", Type.URI, false, r -> r.image() == null ? null
                    : r.site().absolute(r.image().largest().path())),
            column("image_alt", Type.STRING, false, r -> r.image() == null ? null : r.image().alt()),
            column("image_credit", Type.STRING, false, r -> r.image() == null ? null : r.image().credit()),
            column("documents", Type.ARRAY, true, Row::documents));

    private ExportColumns() {
    }

    static Map<String, Object> values(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : ALL) {
            values.put(column.name(), column.value().apply(row));
        }
        return values;
    }

    private static Column column(String name, Type type, boolean required, Function<Row, Object> value) {
        return new Column(name, type, required, value);
    }

    private static EventDetails d(Row row) {
        return row.event().details();
    }

    private static Schedule s(Row row) {
        return row.event().details().schedule();
    }

    private static Venue venue(Row row) {
        return d(row).attendanceMode().hasVenue() ? d(row).venue() : Venue.NONE;
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.isEmpty() ? List.of() : EnumSet.copyOf(values).stream().map(Enum::name).toList();
    }
}
