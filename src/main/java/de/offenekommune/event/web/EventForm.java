package de.offenekommune.event.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Audience;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventLink;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegisteredMunicipality;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.WebLinks;

/**
 * The event editor exactly as submitted: every field a string, so that whatever was typed can be
 * shown again next to its error message.
 *
 * <p>{@code previousStartDate} and {@code previousEndDate} are the saved days of a multi-day event, sent
 * back with the form: when only the start is moved, the end moves along, as in a calendar app.
 * {@code municipalityName} is what the organizer picked or typed, e.g. "Wuppertal (05124000)";
 * {@code municipalityAgs} comes from the API only.
 */
public record EventForm(
        String organizationId, String version, String slug,
        String type, String title, String summary, String description,
        String startDate, String startTime, String endDate, String endTime, String allDay, String timeZone,
        String previousStartDate, String previousEndDate,
        String attendanceMode, String onlineUrl,
        String venueName, String venueStreet, String venuePostalCode, String venueLocality, String venueDistrict,
        String venueState, String venueLatitude, String venueLongitude, String venueDirections,
        String venueAccessibilityNotes,
        String municipalityName, String municipalityAgs,
        String websiteUrl, List<String> linkLabel, List<String> linkUrl,
        String free, String priceText,
        String registrationMode, String registrationUrl, String registrationCapacity,
        String registrationOpensDate, String registrationOpensTime,
        String registrationDeadlineDate, String registrationDeadlineTime,
        List<String> audiences, String audienceNote, List<String> topics, List<String> accessibility,
        String easyReadSummary,
        String contactName, String contactEmail, String contactPhone) {

    static final int LINK_ROWS = 5;
    private static final Pattern PICKED_MUNICIPALITY = Pattern.compile("(.+?)\\s*\\(([0-9]{8})\\)");
    /** Strict, so that 31.02. is an error and not silently 28.02. */
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Strict, so that 24:00 is an error and not silently midnight at the start of the day. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    public EventForm {
        linkLabel = padded(linkLabel);
        linkUrl = padded(linkUrl);
        audiences = audiences == null ? List.of() : audiences;
        topics = topics == null ? List.of() : topics;
        accessibility = accessibility == null ? List.of() : accessibility;
    }

    /** An empty form with the usual choices made. */
    static EventForm blank(OrganizationId organization) {
        return new EventForm(organization == null ? null : organization.toString(), null, null,
                null, null, null, null, null, null, null, null, null, Schedule.DEFAULT_ZONE.getId(), null, null,
                AttendanceMode.IN_PERSON.name(), null,
                null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null,
                "true", null,
                RegistrationMode.NONE.name(), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    static EventForm of(Event event) {
        EventDetails d = event.details();
        Schedule s = d.schedule();
        Venue v = d.venue();
        RegistrationSettings r = d.registration();
        ZoneId zone = s.zone();
        return new EventForm(event.organizer().toString(), String.valueOf(event.version()), event.slug(),
                d.type().name(), d.title(), d.summary(), d.description(),
                s.firstDay().toString(), s.allDay() ? null : s.localStart().toLocalTime().toString(),
                // An event of one day comes back with the end date empty, as it was entered: moving the start moves it all.
                s.isMultiDay() ? s.lastDay().toString() : null, s.allDay() ? null : s.localEnd().toLocalTime().toString(),
                s.allDay() ? "true" : null, zone.getId(),
                s.isMultiDay() ? s.firstDay().toString() : null, s.isMultiDay() ? s.lastDay().toString() : null,
                d.attendanceMode().name(), d.onlineUrl(),
                v.name(), v.street(), v.postalCode(), v.locality(), v.district(),
                v.state() == null ? null : v.state().name(),
                v.latitude() == null ? null : v.latitude().toPlainString(),
                v.longitude() == null ? null : v.longitude().toPlainString(),
                v.directions(), v.accessibilityNotes(),
                d.municipality().nameWithKey(), null,
                d.websiteUrl(), d.links().stream().map(EventLink::label).toList(),
                d.links().stream().map(EventLink::url).toList(),
                String.valueOf(d.cost().free()), d.cost().priceText(),
                r.mode().name(), r.url(), r.capacity() == null ? null : r.capacity().toString(),
                r.opensAt() == null ? null : r.opensAt().atZone(zone).toLocalDate().toString(),
                r.opensAt() == null ? null : r.opensAt().atZone(zone).toLocalTime().toString(),
                r.deadline() == null ? null : r.deadline().atZone(zone).toLocalDate().toString(),
                r.deadline() == null ? null : r.deadline().atZone(zone).toLocalTime().toString(),
                d.audiences().stream().map(Enum::name).toList(), d.audienceNote(),
                d.topics().stream().map(Enum::name).toList(), d.accessibility().stream().map(Enum::name).toList(),
                d.easyReadSummary(),
                d.contact().name(), d.contact().email(), d.contact().phone());
    }

    /** Whether the venue's address is required as the form stands: for events in person or hybrid. */
    public boolean needsVenue() {
        return parsed(AttendanceMode.class, attendanceMode).map(AttendanceMode::hasVenue).orElse(false);
    }

    /** Whether the link to take part online is required as the form stands: for online and hybrid events. */
    public boolean needsOnlineUrl() {
        return parsed(AttendanceMode.class, attendanceMode).map(AttendanceMode::isOnline).orElse(false);
    }

    /** Start and end times are required unless the event takes whole days. */
    public boolean needsTimes() {
        return !"true".equals(allDay);
    }

    public boolean needsPrice() {
        return "false".equals(free);
    }

    public boolean needsRegistrationUrl() {
        return parsed(RegistrationMode.class, registrationMode).filter(RegistrationMode.EXTERNAL::equals).isPresent();
    }

    /** The choice as the form stands; whatever is wrong with it is reported when the form is saved. */
    private static <E extends Enum<E>> Optional<E> parsed(Class<E> type, String value) {
        return Optional.ofNullable(choice(type, value, "", new Violations()));
    }

    OrganizationId organization(Violations violations) {
        try {
            return organizationId == null || organizationId.isBlank() ? null
                    : new OrganizationId(UUID.fromString(organizationId.strip()));
        } catch (IllegalArgumentException e) {
            violations.add("organizationId", "event.organizationNotAllowed");
            return null;
        }
    }

    int expectedVersion() {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Parses the input; what cannot be parsed is recorded under the field's path in the API. */
    public EventDetails toDetails(Violations violations) {
        return toDetails(violations, name -> List.of());
    }

    /**
     * Parses the input, taking a municipality given by name alone from the register.
     *
     * @param register the registered municipalities of a name
     */
    EventDetails toDetails(Violations violations, Function<String, List<RegisteredMunicipality>> register) {
        ZoneId zone = zone(violations);
        boolean wholeDays = "true".equals(allDay);
        Schedule schedule = schedule(zone, wholeDays, violations);
        return new EventDetails(
                choice(EventType.class, type, "type", violations),
                InputText.singleLine(title),
                InputText.singleLine(summary),
                InputText.multiLine(description),
                schedule,
                choice(AttendanceMode.class, attendanceMode, "attendanceMode", violations),
                WebLinks.check(violations, "onlineUrl", onlineUrl),
                new Venue(InputText.singleLine(venueName), InputText.singleLine(venueStreet),
                        InputText.singleLine(venuePostalCode), InputText.singleLine(venueLocality),
                        InputText.singleLine(venueDistrict),
                        choice(FederalState.class, venueState, "venue.state", violations),
                        decimal(venueLatitude, "venue.latitude", violations),
                        decimal(venueLongitude, "venue.longitude", violations),
                        InputText.multiLine(venueDirections), InputText.multiLine(venueAccessibilityNotes)),
                municipality(register, violations),
                WebLinks.check(violations, "websiteUrl", websiteUrl),
                links(violations),
                "false".equals(free) ? new Cost(false, InputText.singleLine(priceText)) : Cost.FREE,
                registration(zone, violations),
                choices(Audience.class, audiences, "audiences", violations),
                InputText.singleLine(audienceNote),
                choices(Topic.class, topics, "topics", violations),
                choices(AccessibilityFeature.class, accessibility, "accessibility", violations),
                InputText.multiLine(easyReadSummary),
                new Contact(InputText.singleLine(contactName), InputText.singleLine(contactEmail),
                        InputText.singleLine(contactPhone)));
    }

    /** The editor's fields from top to bottom; link fields are numbered from 0. */
    static final List<String> FIELDS = List.of("organizationId", "type", "title", "summary", "description", "slug",
            "startDate", "startTime", "endDate", "endTime", "timeZone", "attendanceMode", "venueName", "venueStreet",
            "venuePostalCode", "venueLocality", "venueDistrict", "venueState", "venueLatitude", "venueLongitude",
            "venueDirections", "onlineUrl", "municipalityName", "free", "priceText",
            "registrationMode", "registrationUrl", "registrationCapacity", "registrationOpensDate",
            "registrationOpensTime", "registrationDeadlineDate", "registrationDeadlineTime", "audiences",
            "audienceNote", "topics", "accessibility", "venueAccessibilityNotes", "easyReadSummary", "websiteUrl",
            "linkLabel", "linkUrl", "contactName", "contactEmail", "contactPhone");

    /** Where a field stands in the editor, for ordering its errors; unknown fields come last. */
    static int position(String field) {
        int index = FIELDS.indexOf(field.replaceFirst("^(linkLabel|linkUrl)(\\d+)$", "$1"));
        int link = field.matches("^link(Label|Url)\\d+$") ? Integer.parseInt(field.replaceAll("\\D", "")) : 0;
        return index < 0 ? Integer.MAX_VALUE : index * 1000 + link * 2 + (field.startsWith("linkUrl") ? 1 : 0);
    }

    /** A field's visible label, or {@code null} for fields without one (such as the hidden version). */
    static MessageSourceResolvable label(String field) {
        if (field.matches("^link(Label|Url)\\d+$")) {
            int number = Integer.parseInt(field.replaceAll("\\D", "")) + 1;
            return new DefaultMessageSourceResolvable(new String[] {"manage.field." + field.replaceAll("\\d", "")},
                    new Object[] {number});
        }
        String key = switch (field) {
            case "organizationId" -> "organization";
            case "registrationCapacity" -> "capacity";
            case "registrationOpensDate", "registrationOpensTime", "registrationDeadlineDate",
                    "registrationDeadlineTime" -> Character.toLowerCase(field.charAt(12)) + field.substring(13);
            default -> FIELDS.contains(field) ? field : null;
        };
        return key == null ? null : new DefaultMessageSourceResolvable("manage.field." + key);
    }

    /** Maps a field path of the rules to the name of the form field that shows it. */
    static String fieldName(String path) {
        return switch (path) {
            case "startsAt" -> "startDate";
            case "endsAt" -> "endDate";
            case "registration.opensAt" -> "registrationOpensDate";
            case "registration.deadline" -> "registrationDeadlineDate";
            case "cost.priceText" -> "priceText";
            case "links" -> "linkLabel0";
            case "municipality.ags" -> "municipalityName";
            default -> {
                if (path.startsWith("links[")) {
                    int index = Integer.parseInt(path.substring(6, path.indexOf(']')));
                    yield (path.endsWith(".url") ? "linkUrl" : "linkLabel") + index;
                }
                int dot = path.indexOf('.');
                yield dot < 0 ? path
                        : path.substring(0, dot) + Character.toUpperCase(path.charAt(dot + 1)) + path.substring(dot + 2);
            }
        };
    }

    private ZoneId zone(Violations violations) {
        try {
            return timeZone == null || timeZone.isBlank() ? Schedule.DEFAULT_ZONE : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            violations.add("timeZone", "event.timeZoneInvalid");
            return Schedule.DEFAULT_ZONE;
        }
    }

    private Schedule schedule(ZoneId zone, boolean wholeDays, Violations violations) {
        LocalDate first = date(startDate, "startsAt", true, violations);
        LocalDate last = endDate == null || endDate.isBlank() ? first : date(endDate, "endsAt", true, violations);
        if (first == null || last == null) {
            return null;
        }
        LocalDate previousFirst = quietDate(previousStartDate);
        if (previousFirst != null && !previousFirst.equals(first) && last.equals(quietDate(previousEndDate))) {
            // Only the start was moved: the end keeps its distance to it.
            last = last.plusDays(ChronoUnit.DAYS.between(previousFirst, first));
        }
        if (wholeDays) {
            return Schedule.allDay(first, last, zone);
        }
        LocalTime from = time(startTime, "startTime", violations);
        LocalTime to = time(endTime, "endTime", violations);
        if (from == null || to == null) {
            return null;
        }
        return Schedule.timed(LocalDateTime.of(first, from), LocalDateTime.of(last, to), zone);
    }

    private RegistrationSettings registration(ZoneId zone, Violations violations) {
        RegistrationMode mode = choice(RegistrationMode.class, registrationMode, "registration.mode", violations);
        Integer capacity = null;
        if (registrationCapacity != null && !registrationCapacity.isBlank()) {
            try {
                capacity = Integer.valueOf(registrationCapacity.strip());
            } catch (NumberFormatException e) {
                violations.add("registration.capacity", "typeMismatch.java.lang.Integer");
            }
        }
        return new RegistrationSettings(mode,
                WebLinks.check(violations, "registration.url", registrationUrl),
                capacity,
                moment(registrationOpensDate, registrationOpensTime, zone, "registration.opensAt", LocalTime.MIDNIGHT,
                        violations),
                moment(registrationDeadlineDate, registrationDeadlineTime, zone, "registration.deadline",
                        LocalTime.of(23, 59), violations));
    }

    private java.time.Instant moment(String date, String time, ZoneId zone, String field, LocalTime defaultTime,
            Violations violations) {
        LocalDate day = date(date, field, false, violations);
        if (day == null) {
            return null;
        }
        LocalTime at = time == null || time.isBlank() ? defaultTime : time(time, field, violations);
        return at == null ? null : LocalDateTime.of(day, at).atZone(zone).toInstant();
    }

    private List<EventLink> links(Violations violations) {
        List<EventLink> links = new ArrayList<>();
        for (int i = 0; i < Math.max(linkLabel.size(), linkUrl.size()); i++) {
            String label = InputText.singleLine(i < linkLabel.size() ? linkLabel.get(i) : null);
            String url = i < linkUrl.size() ? linkUrl.get(i) : null;
            if (label == null && (url == null || url.isBlank())) {
                continue;
            }
            String field = "links[" + links.size() + "]";
            if (url == null || url.isBlank()) {
                violations.add(field + ".url", "NotBlank");
            }
            String checked = WebLinks.check(violations, field + ".url", url);
            links.add(new EventLink(label, checked == null ? "" : checked));
        }
        return links;
    }

    /**
     * "Wuppertal (05124000)" as picked from the list, a key given separately (API), or a name alone:
     * a name the register knows once gets its key from there.
     */
    private Municipality municipality(Function<String, List<RegisteredMunicipality>> register, Violations violations) {
        String name = InputText.singleLine(municipalityName);
        String ags = InputText.singleLine(municipalityAgs);
        if (name == null || ags != null) {
            return new Municipality(name, ags);
        }
        Matcher picked = PICKED_MUNICIPALITY.matcher(name);
        if (picked.matches()) {
            return new Municipality(picked.group(1).strip(), picked.group(2));
        }
        List<RegisteredMunicipality> known = register.apply(name);
        if (known.size() > 1) {
            violations.add("municipality.name", "event.municipalityAmbiguous", known.size());
        }
        return known.size() == 1 ? known.get(0).toMunicipality() : new Municipality(name, null);
    }

    /** A date as this form writes it into its hidden fields, or {@code null}. */
    private static LocalDate quietDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field, boolean required, Violations violations) {
        if (value == null || value.isBlank()) {
            if (required && !violations.has(field)) {
                violations.add(field, "NotBlank");
            }
            return null;
        }
        String text = value.strip();
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(field, "typeMismatch.java.time.LocalDate");
            return null;
        }
    }

    private static LocalTime time(String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "NotBlank");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            violations.add(field, "typeMismatch.java.time.LocalTime");
            return null;
        }
    }

    private static BigDecimal decimal(String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            violations.add(field, "typeMismatch.java.math.BigDecimal");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(field, "event.unknownChoice");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field,
            Violations violations) {
        EnumSet<E> result = EnumSet.noneOf(type);
        for (String value : values) {
            E choice = choice(type, value, field, violations);
            if (choice != null) {
                result.add(choice);
            }
        }
        return result;
    }

    private static List<String> padded(List<String> values) {
        List<String> rows = new ArrayList<>(values == null ? List.of() : values);
        while (rows.size() < LINK_ROWS) {
            rows.add("");
        }
        return rows;
    }
}
