package de.offenekommune.event.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import de.offenekommune.event.EventDetails;
import de.offenekommune.event.web.EventForm;
import de.offenekommune.platform.Violations;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An event as organizers send it to the API. Times are local to {@code timeZone}; enum values are
 * checked by the application so that every problem comes back with its field.
 */
@Schema(name = "EventInput", description = "An event as organizers create or replace it.")
record EventPayload(
        @Schema(description = "Organization the event belongs to; may be omitted when the token's user manages exactly one.")
        String organizationId,
        @Schema(description = "Address part of the event page; derived from the title when omitted.", example = "offene-kommunen-nrw")
        String slug,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CONFERENCE", "WORKSHOP", "BARCAMP",
                "CITIZENS_ASSEMBLY", "INFORMATION_EVENT", "COUNCIL_MEETING", "ONLINE_DIALOGUE", "OTHER"})
        String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String summary,
        @Schema(description = "Markdown; raw HTML is shown as text.", maxLength = 50_000) String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Local date-time in timeZone, or a date for all-day events.",
                example = "2013-11-09T09:30") String startsAt,
        @Schema(description = "Local date-time in timeZone, or a date (the last day) for all-day events; defaults to the start.",
                example = "2013-11-09T17:30") String endsAt,
        @Schema(description = "IANA time zone", example = "Europe/Berlin", defaultValue = "Europe/Berlin") String timeZone,
        Boolean allDay,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"IN_PERSON", "ONLINE", "HYBRID"})
        String attendanceMode,
        String onlineUrl,
        VenuePayload venue,
        MunicipalityPayload municipality,
        String websiteUrl,
        List<LinkPayload> links,
        CostPayload cost,
        RegistrationPayload registration,
        @Schema(description = "CITIZENS, POLITICIANS, ADMINISTRATION, RESEARCH, BUSINESS, CIVIL_SOCIETY, YOUTH, SENIORS, MEDIA")
        List<String> audiences,
        String audienceNote,
        @Schema(description = "OPEN_GOVERNMENT, PARTICIPATION, TRANSPARENCY, OPEN_DATA, DIGITALISATION, CIVIC_ENGAGEMENT, "
                + "COOPERATION, URBAN_DEVELOPMENT, MOBILITY, CLIMATE, PARTICIPATORY_BUDGET, EDUCATION, SOCIAL_AFFAIRS, CULTURE")
        List<String> topics,
        @Schema(description = "STEP_FREE_ACCESS, ACCESSIBLE_TOILET, INDUCTION_LOOP, SIGN_LANGUAGE, LIVE_CAPTIONING, EASY_READ, CHILDCARE")
        List<String> accessibility,
        String easyReadSummary,
        ContactPayload contact) {

    @Schema(name = "VenueInput")
    record VenuePayload(String name, String street, String postalCode, String locality, String district,
            @Schema(description = "Federal state, e.g. NORDRHEIN_WESTFALEN") String state,
            BigDecimal latitude, BigDecimal longitude, String directions, String accessibilityNotes) {
    }

    @Schema(name = "MunicipalityInput")
    record MunicipalityPayload(String name, @Schema(description = "Amtlicher Gemeindeschlüssel, 8 digits", example = "05124000") String ags) {
    }

    @Schema(name = "LinkInput")
    record LinkPayload(String label, String url) {
    }

    @Schema(name = "CostInput")
    record CostPayload(Boolean free, String priceText) {
    }

    @Schema(name = "RegistrationInput")
    record RegistrationPayload(
            @Schema(allowableValues = {"NONE", "REQUESTED", "REQUIRED", "EXTERNAL"}) String mode,
            String url, Integer capacity,
            @Schema(description = "Local date-time in the event's time zone") String opensAt,
            @Schema(description = "Local date-time in the event's time zone") String deadline) {
    }

    @Schema(name = "ContactInput")
    record ContactPayload(String name, String email, String phone) {
    }

    /**
     * Turns the payload into event facts, recording problems under their JSON paths. The event
     * editor's parser does the work, so both ways in follow the same rules.
     */
    EventDetails toDetails(Violations violations) {
        boolean wholeDays = Boolean.TRUE.equals(allDay);
        String[] start = split(startsAt, "startsAt", wholeDays, violations);
        String[] end = endsAt == null ? new String[] {start[0], start[1]} : split(endsAt, "endsAt", wholeDays, violations);
        VenuePayload v = venue == null ? new VenuePayload(null, null, null, null, null, null, null, null, null, null) : venue;
        MunicipalityPayload m = municipality == null ? new MunicipalityPayload(null, null) : municipality;
        CostPayload c = cost == null ? new CostPayload(true, null) : cost;
        RegistrationPayload r = registration == null ? new RegistrationPayload("NONE", null, null, null, null) : registration;
        String[] opens = split(r.opensAt(), "registration.opensAt", false, violations);
        String[] deadline = split(r.deadline(), "registration.deadline", false, violations);
        ContactPayload k = contact == null ? new ContactPayload(null, null, null) : contact;
        List<LinkPayload> linkList = links == null ? List.of() : links;
        EventForm form = new EventForm(organizationId, null, slug, type, title, summary, description,
                start[0], start[1], end[0], end[1], wholeDays ? "true" : null, timeZone, null, null,
                attendanceMode, onlineUrl,
                v.name(), v.street(), v.postalCode(), v.locality(), v.district(), v.state(),
                v.latitude() == null ? null : v.latitude().toPlainString(),
                v.longitude() == null ? null : v.longitude().toPlainString(), v.directions(), v.accessibilityNotes(),
                m.name(), m.ags(), websiteUrl,
                linkList.stream().map(link -> link.label() == null ? "" : link.label()).toList(),
                linkList.stream().map(link -> link.url() == null ? "" : link.url()).toList(),
                String.valueOf(c.free() == null || c.free()), c.priceText(),
                r.mode() == null ? "NONE" : r.mode(), r.url(), r.capacity() == null ? null : r.capacity().toString(),
                opens[0], opens[1], deadline[0], deadline[1],
                audiences, audienceNote, topics, accessibility, easyReadSummary, k.name(), k.email(), k.phone());
        return form.toDetails(violations);
    }

    /** "2013-11-09T09:30" → {"2013-11-09", "09:30"}; problems are recorded under {@code field}. */
    private static String[] split(String value, String field, boolean dateOnly, Violations violations) {
        if (value == null || value.isBlank()) {
            return new String[] {null, null};
        }
        String text = value.strip();
        try {
            if (dateOnly) {
                return new String[] {LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).toString(), null};
            }
            LocalDateTime dateTime = LocalDateTime.parse(text);
            return new String[] {dateTime.toLocalDate().toString(), dateTime.toLocalTime().toString().substring(0, 5)};
        } catch (DateTimeParseException e) {
            violations.add(field, dateOnly ? "event.dateInvalid" : "event.dateTimeInvalid");
            return new String[] {null, null};
        }
    }
}
