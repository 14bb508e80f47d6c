package de.offenekommune.event;

import static de.offenekommune.platform.SqlTimes.instant;
import static de.offenekommune.platform.SqlTimes.utc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.ResultPage;

/**
 * Events in PostgreSQL. The venue lives in the event row; links in {@code event_link}.
 */
@Repository
public class Events {

    /** The columns of an {@link EventSummary} of {@code event e}. */
    static final String SUMMARY_FIELDS = """
                   e.id, e.slug, e.status, e.status_note, e.type, e.title, e.summary,
                   e.starts_at, e.ends_at, e.time_zone, e.all_day, e.attendance_mode,
                   e.venue_name, e.venue_locality, e.venue_district, e.organization_id,
                   e.free_of_charge, e.registration_mode, e.updated_at
            """;

    static final String SUMMARY_COLUMNS = "select " + SUMMARY_FIELDS.strip() + "\n  from event e\n";

    private static final String ALL_COLUMNS = """
            select e.*
              from event e
            """;

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Event> findById(EventId id) {
        List<EventLink> links = links(id);
        return jdbc.sql(ALL_COLUMNS + """
                         where e.id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> mapEvent(rs, links))
                .optional();
    }

    public Optional<Event> findBySlug(String slug) {
        return jdbc.sql("""
                        select id
                          from event
                         where slug = :slug
                        """)
                .param("slug", slug)
                .query(UUID.class)
                .optional()
                .flatMap(id -> findById(new EventId(id)));
    }

    /** The event that once had {@code slug}, so that old links can be redirected. */
    public Optional<String> findCurrentSlugByAlias(String slug) {
        return jdbc.sql("""
                        select e.slug
                          from event_slug_alias a
                          join event e on e.id = a.event_id
                         where a.slug = :slug
                        """)
                .param("slug", slug)
                .query(String.class)
                .optional();
    }

    public boolean isSlugTaken(String slug) {
        return jdbc.sql("""
                        select exists (select 1 from event where slug = :slug)
                            or exists (select 1 from event_slug_alias where slug = :slug)
                        """)
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    /** Published, postponed and cancelled events that have not ended, soonest first. */
    public ResultPage<EventSummary> findUpcoming(Instant now, int page, int size) {
        List<EventSummary> items = jdbc.sql(SUMMARY_COLUMNS + """
                         where e.status <> 'DRAFT'
                           and e.ends_at > :now
                         order by e.starts_at, e.id
                         limit :limit
                        offset :offset
                        """)
                .param("now", utc(now))
                .param("limit", size)
                .param("offset", ResultPage.offset(page, size))
                .query(Events::mapSummary)
                .list();
        long total = jdbc.sql("""
                        select count(*)
                          from event e
                         where e.status <> 'DRAFT'
                           and e.ends_at > :now
                        """)
                .param("now", utc(now))
                .query(Long.class)
                .single();
        return new ResultPage<>(items, page, size, total);
    }

    /** Public events that have ended, latest first. */
    public ResultPage<EventSummary> findPast(Instant now, int page, int size) {
        List<EventSummary> items = jdbc.sql(SUMMARY_COLUMNS + """
                         where e.status <> 'DRAFT'
                           and e.ends_at <= :now
                         order by e.starts_at desc, e.id
                         limit :limit
                        offset :offset
                        """)
                .param("now", utc(now))
                .param("limit", size)
                .param("offset", ResultPage.offset(page, size))
                .query(Events::mapSummary)
                .list();
        long total = jdbc.sql("""
                        select count(*)
                          from event e
                         where e.status <> 'DRAFT'
                           and e.ends_at <= :now
                        """)
                .param("now", utc(now))
                .query(Long.class)
                .single();
        return new ResultPage<>(items, page, size, total);
    }

    /** All events of the given organizations, drafts included, latest start first. */
    public List<EventSummary> findByOrganizers(Collection<OrganizationId> organizers) {
        if (organizers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY_COLUMNS + """
                         where e.organization_id = any(:organizers)
                         order by e.starts_at desc, e.id
                         limit 1000
                        """)
                .param("organizers", organizers.stream().map(OrganizationId::value).toArray(UUID[]::new))
                .query(Events::mapSummary)
                .list();
    }

    void insert(Event event) {
        bind(jdbc.sql("""
                        insert into event (id, slug, organization_id, status, status_note, type, title, summary,
                                           description_markdown, description_html, starts_at, ends_at, time_zone, all_day,
                                           attendance_mode, online_url, venue_name, venue_street, venue_postal_code,
                                           venue_locality, venue_district, venue_state, venue_latitude, venue_longitude,
                                           venue_directions, venue_accessibility_notes, municipality_name, municipality_ags,
                                           state, website_url, free_of_charge, price_text, registration_mode,
                                           registration_url, capacity, registration_opens_at, registration_deadline,
                                           audiences, audience_note, topics, accessibility_features, easy_read_summary,
                                           contact_name, contact_email, contact_phone, sequence, version, created_at,
                                           updated_at, published_at)
                        values (:id, :slug, :organizer, :status, :statusNote, :type, :title, :summary,
                                :description, :descriptionHtml, :startsAt, :endsAt, :timeZone, :allDay,
                                :attendanceMode, :onlineUrl, :venueName, :venueStreet, :venuePostalCode,
                                :venueLocality, :venueDistrict, :venueState, :latitude, :longitude,
                                :directions, :venueAccessibility, :municipalityName, :ags,
                                :state, :websiteUrl, :free, :priceText, :registrationMode,
                                :registrationUrl, :capacity, :opensAt, :deadline,
                                :audiences, :audienceNote, :topics, :accessibility, :easyRead,
                                :contactName, :contactEmail, :contactPhone, :sequence, 0, :createdAt,
                                :updatedAt, :publishedAt)
                        """), event)
                .param("organizer", event.organizer().value())
                .param("createdAt", utc(event.createdAt()))
                .update();
        replaceLinks(event);
    }

    /** @return {@code false} when someone else changed the event since it was read */
    boolean update(Event event) {
        int updated = bind(jdbc.sql("""
                        update event
                           set slug = :slug, status = :status, status_note = :statusNote, type = :type,
                               title = :title, summary = :summary, description_markdown = :description,
                               description_html = :descriptionHtml, starts_at = :startsAt, ends_at = :endsAt,
                               time_zone = :timeZone, all_day = :allDay, attendance_mode = :attendanceMode,
                               online_url = :onlineUrl, venue_name = :venueName, venue_street = :venueStreet,
                               venue_postal_code = :venuePostalCode, venue_locality = :venueLocality,
                               venue_district = :venueDistrict, venue_state = :venueState, venue_latitude = :latitude,
                               venue_longitude = :longitude, venue_directions = :directions,
                               venue_accessibility_notes = :venueAccessibility, municipality_name = :municipalityName,
                               municipality_ags = :ags, state = :state, website_url = :websiteUrl,
                               free_of_charge = :free, price_text = :priceText, registration_mode = :registrationMode,
                               registration_url = :registrationUrl, capacity = :capacity,
                               registration_opens_at = :opensAt, registration_deadline = :deadline,
                               audiences = :audiences, audience_note = :audienceNote, topics = :topics,
                               accessibility_features = :accessibility, easy_read_summary = :easyRead,
                               contact_name = :contactName, contact_email = :contactEmail,
                               contact_phone = :contactPhone, sequence = :sequence, version = version + 1,
                               updated_at = :updatedAt, published_at = :publishedAt
                         where id = :id
                           and version = :version
                        """), event)
                .param("version", event.version())
                .update();
        if (updated == 1) {
            replaceLinks(event);
        }
        return updated == 1;
    }

    void rememberSlug(EventId event, String oldSlug) {
        jdbc.sql("""
                        insert into event_slug_alias (slug, event_id)
                        values (:slug, :event)
                        on conflict (slug) do update set event_id = excluded.event_id
                        """)
                .param("slug", oldSlug)
                .param("event", event.value())
                .update();
    }

    void delete(EventId id) {
        jdbc.sql("""
                        delete from event
                         where id = :id
                        """)
                .param("id", id.value())
                .update();
    }

    private StatementSpec bind(StatementSpec statement, Event event) {
        EventDetails details = event.details();
        Venue venue = details.venue();
        Municipality municipality = details.municipality();
        Schedule schedule = details.schedule();
        RegistrationSettings registration = details.registration();
        FederalState state = municipality.state().orElse(venue.state());
        return statement
                .param("id", event.id().value())
                .param("slug", event.slug())
                .param("status", event.status().name())
                .param("statusNote", event.statusNote())
                .param("type", details.type().name())
                .param("title", details.title())
                .param("summary", details.summary())
                .param("description", details.description() == null ? "" : details.description())
                .param("descriptionHtml", event.descriptionHtml())
                .param("startsAt", utc(schedule.start()))
                .param("endsAt", utc(schedule.end()))
                .param("timeZone", schedule.zone().getId())
                .param("allDay", schedule.allDay())
                .param("attendanceMode", details.attendanceMode().name())
                .param("onlineUrl", details.onlineUrl())
                .param("venueName", venue.name())
                .param("venueStreet", venue.street())
                .param("venuePostalCode", venue.postalCode())
                .param("venueLocality", venue.locality())
                .param("venueDistrict", venue.district())
                .param("venueState", venue.state() == null ? null : venue.state().name())
                .param("latitude", venue.latitude())
                .param("longitude", venue.longitude())
                .param("directions", venue.directions())
                .param("venueAccessibility", venue.accessibilityNotes())
                .param("municipalityName", municipality.name())
                .param("ags", municipality.ags())
                .param("state", state == null ? null : state.name())
                .param("websiteUrl", details.websiteUrl())
                .param("free", details.cost().free())
                .param("priceText", details.cost().priceText())
                .param("registrationMode", registration.mode().name())
                .param("registrationUrl", registration.url())
                .param("capacity", registration.capacity())
                .param("opensAt", utc(registration.opensAt()))
                .param("deadline", utc(registration.deadline()))
                .param("audiences", names(details.audiences()))
                .param("audienceNote", details.audienceNote())
                .param("topics", names(details.topics()))
                .param("accessibility", names(details.accessibility()))
                .param("easyRead", details.easyReadSummary())
                .param("contactName", details.contact().name())
                .param("contactEmail", details.contact().email())
                .param("contactPhone", details.contact().phone())
                .param("sequence", event.sequence())
                .param("updatedAt", utc(event.updatedAt()))
                .param("publishedAt", utc(event.publishedAt()));
    }

    private void replaceLinks(Event event) {
        jdbc.sql("""
                        delete from event_link
                         where event_id = :event
                        """)
                .param("event", event.id().value())
                .update();
        List<EventLink> links = event.details().links();
        for (int position = 0; position < links.size(); position++) {
            jdbc.sql("""
                            insert into event_link (event_id, position, label, url)
                            values (:event, :position, :label, :url)
                            """)
                    .param("event", event.id().value())
                    .param("position", position)
                    .param("label", links.get(position).label())
                    .param("url", links.get(position).url())
                    .update();
        }
    }

    private List<EventLink> links(EventId event) {
        return jdbc.sql("""
                        select label, url
                          from event_link
                         where event_id = :event
                         order by position
                        """)
                .param("event", event.value())
                .query((rs, row) -> new EventLink(rs.getString("label"), rs.getString("url")))
                .list();
    }

    static Event mapEvent(ResultSet rs, List<EventLink> links) throws SQLException {
        EventId id = new EventId(rs.getObject("id", UUID.class));
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        String venueState = rs.getString("venue_state");
        EventDetails details = new EventDetails(
                EventType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("summary"),
                emptyToNull(rs.getString("description_markdown")),
                new Schedule(instant(rs, "starts_at"), instant(rs, "ends_at"), zone, rs.getBoolean("all_day")),
                AttendanceMode.valueOf(rs.getString("attendance_mode")),
                rs.getString("online_url"),
                new Venue(rs.getString("venue_name"), rs.getString("venue_street"), rs.getString("venue_postal_code"),
                        rs.getString("venue_locality"), rs.getString("venue_district"),
                        venueState == null ? null : FederalState.valueOf(venueState),
                        rs.getObject("venue_latitude", BigDecimal.class), rs.getObject("venue_longitude", BigDecimal.class),
                        rs.getString("venue_directions"), rs.getString("venue_accessibility_notes")),
                new Municipality(rs.getString("municipality_name"), rs.getString("municipality_ags")),
                rs.getString("website_url"),
                links,
                new Cost(rs.getBoolean("free_of_charge"), rs.getString("price_text")),
                new RegistrationSettings(RegistrationMode.valueOf(rs.getString("registration_mode")),
                        rs.getString("registration_url"), (Integer) rs.getObject("capacity"),
                        instant(rs, "registration_opens_at"), instant(rs, "registration_deadline")),
                enums(rs.getArray("audiences"), Audience.class),
                rs.getString("audience_note"),
                enums(rs.getArray("topics"), Topic.class),
                enums(rs.getArray("accessibility_features"), AccessibilityFeature.class),
                rs.getString("easy_read_summary"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")));
        return new Event(id, new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("slug"),
                EventStatus.valueOf(rs.getString("status")), rs.getString("status_note"), details,
                rs.getString("description_html"), rs.getInt("sequence"), rs.getInt("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "published_at"));
    }

    static EventSummary mapSummary(ResultSet rs, int row) throws SQLException {
        return new EventSummary(
                new EventId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                EventStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"),
                EventType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("summary"),
                new Schedule(instant(rs, "starts_at"), instant(rs, "ends_at"), ZoneId.of(rs.getString("time_zone")),
                        rs.getBoolean("all_day")),
                AttendanceMode.valueOf(rs.getString("attendance_mode")),
                rs.getString("venue_name"),
                rs.getString("venue_locality"),
                rs.getString("venue_district"),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getBoolean("free_of_charge"),
                RegistrationMode.valueOf(rs.getString("registration_mode")),
                instant(rs, "updated_at"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, Function.identity()));
        EnumSet<E> result = EnumSet.noneOf(type);
        for (Object name : (Object[]) array.getArray()) {
            E value = byName.get((String) name);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }


    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
