package de.offenekommune.event.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.SiteProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An event as the API shows it. Times carry the event's UTC offset; {@code url} is its public page.
 */
@Schema(name = "Event")
record EventResource(
        String id,
        String slug,
        @Schema(description = "Public HTML page of the event") String url,
        String apiUrl,
        @Schema(allowableValues = {"DRAFT", "PUBLISHED", "CANCELLED", "POSTPONED"}) String status,
        @Schema(description = "Reason of a cancellation or note of a postponement") String statusNote,
        String type,
        String title,
        String summary,
        @Schema(description = "Markdown as written by the organizer") String description,
        @Schema(description = "The description as sanitized HTML") String descriptionHtml,
        OffsetDateTime startsAt,
        @Schema(description = "End; for all-day events the start of the day after the last day") OffsetDateTime endsAt,
        String timeZone,
        boolean allDay,
        String attendanceMode,
        String onlineUrl,
        VenueResource venue,
        MunicipalityResource municipality,
        String websiteUrl,
        List<LinkResource> links,
        CostResource cost,
        RegistrationResource registration,
        List<String> audiences,
        String audienceNote,
        List<String> topics,
        List<String> accessibility,
        String easyReadSummary,
        ContactResource contact,
        OrganizerResource organizer,
        @Schema(description = "Counts changes of time, place or status, as iCalendar SEQUENCE") int sequence,
        @Schema(description = "Changes with every save; send it as If-Match: \"<version>\" to avoid overwriting others") int version,
        Instant updatedAt,
        Instant publishedAt) {

    @Schema(name = "Venue")
    record VenueResource(String name, String street, String postalCode, String locality, String district, String state,
            BigDecimal latitude, BigDecimal longitude, String directions, String accessibilityNotes,
            String openStreetMapUrl) {
    }

    @Schema(name = "Municipality")
    record MunicipalityResource(String name, String ags, String state) {
    }

    @Schema(name = "Link")
    record LinkResource(String label, String url) {
    }

    @Schema(name = "Cost")
    record CostResource(boolean free, String priceText) {
    }

    @Schema(name = "Registration")
    record RegistrationResource(String mode, String url, Integer capacity, OffsetDateTime opensAt,
            OffsetDateTime deadline) {
    }

    @Schema(name = "Contact")
    record ContactResource(String name, String email, String phone) {
    }

    @Schema(name = "Organizer")
    record OrganizerResource(String id, String slug, String name, String kind, String tagline, String websiteUrl) {

        static OrganizerResource of(Organization organization) {
            return organization == null ? null
                    : new OrganizerResource(organization.id().toString(), organization.slug(), organization.name(),
                            organization.kind().name(), organization.tagline(), organization.websiteUrl());
        }
    }

    static EventResource of(Event event, Organization organization, SiteProperties site) {
        EventDetails d = event.details();
        Schedule s = d.schedule();
        ZoneId zone = s.zone();
        var v = d.venue();
        var r = d.registration();
        return new EventResource(
                event.id().toString(), event.slug(), site.absolute("/events/" + event.slug()),
                site.absolute("/api/v1/events/" + event.id()), event.status().name(), event.statusNote(),
                d.type().name(), d.title(), d.summary(), d.description(), event.descriptionHtml(),
                at(s.start(), zone), at(s.end(), zone), zone.getId(), s.allDay(), d.attendanceMode().name(),
                d.onlineUrl(),
                d.attendanceMode().hasVenue() || v.name() != null
                        ? new VenueResource(v.name(), v.street(), v.postalCode(), v.locality(), v.district(),
                                v.state() == null ? null : v.state().name(), v.latitude(), v.longitude(), v.directions(),
                                v.accessibilityNotes(), v.openStreetMapUrl())
                        : null,
                d.municipality().name() == null ? null
                        : new MunicipalityResource(d.municipality().name(), d.municipality().ags(),
                                d.municipality().state().map(Enum::name).orElse(null)),
                d.websiteUrl(),
                d.links().stream().map(link -> new LinkResource(link.label(), link.url())).toList(),
                new CostResource(d.cost().free(), d.cost().priceText()),
                new RegistrationResource(r.mode().name(), r.url(), r.capacity(), at(r.opensAt(), zone),
                        at(r.deadline(), zone)),
                names(d.audiences()), d.audienceNote(), names(d.topics()), names(d.accessibility()),
                d.easyReadSummary(),
                d.contact().isEmpty() ? null
                        : new ContactResource(d.contact().name(), d.contact().email(), d.contact().phone()),
                OrganizerResource.of(organization), event.sequence(), event.version(), event.updatedAt(),
                event.publishedAt());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.isEmpty() ? List.of() : EnumSet.copyOf(values).stream().map(Enum::name).toList();
    }

    /** A list entry: enough to show and link the event. */
    @Schema(name = "EventSummary")
    record Summary(String id, String slug, String url, String apiUrl, String status, String type, String title,
            String summary, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, boolean allDay,
            String attendanceMode, String venueName, String locality, boolean free, String registrationMode,
            OrganizerResource organizer) {

        static Summary of(EventSummary event, Organization organization, SiteProperties site) {
            Schedule s = event.schedule();
            return new Summary(event.id().toString(), event.slug(), site.absolute("/events/" + event.slug()),
                    site.absolute("/api/v1/events/" + event.id()), event.status().name(), event.type().name(),
                    event.title(), event.summary(), at(s.start(), s.zone()), at(s.end(), s.zone()), s.zone().getId(),
                    s.allDay(), event.attendanceMode().name(), event.venueName(), event.locality(), event.free(),
                    event.registrationMode().name(), OrganizerResource.of(organization));
        }
    }
}
