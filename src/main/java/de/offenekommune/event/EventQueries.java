package de.offenekommune.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.EventQuery.Organizer;
import de.offenekommune.event.EventQuery.Period;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.EventQuery.Sort;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/**
 * Reads an {@link EventQuery} from URL parameters, the same way for pages, API and feeds. Anything
 * it cannot understand is a violation under the parameter's name, never a guess: a shared link must
 * mean what it says. Unknown parameter names are ignored.
 */
@Component
public class EventQueries {

    /** Longer search texts are refused: nobody types more, and it keeps every search cheap. */
    public static final int TEXT_MAX = 200;
    /** Values per multi-valued parameter; more than the longest list of choices. */
    static final int VALUES_MAX = 20;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{5}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    private final OrganizationDirectory organizations;

    EventQueries(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /**
     * @param parameters   the request's parameters, as {@code ServletRequest.getParameterMap()} gives them
     * @param defaultScope the scope when the parameters do not name one (they only may where {@code scopeAllowed})
     * @throws InvalidInputException with every problem found
     */
    public EventQuery parse(Map<String, String[]> parameters, Scope defaultScope, boolean scopeAllowed) {
        Violations violations = new Violations();
        Params params = new Params(parameters, violations);

        Scope scope = defaultScope;
        if (scopeAllowed) {
            scope = params.enumValue("scope", Scope.class, defaultScope);
        }
        String text = params.text();
        String municipality = params.matching("municipality", AGS, "search.municipalityInvalid");
        String district = params.matching("district", DISTRICT, "search.districtInvalid");
        FederalState state = params.enumValue("state", FederalState.class, null);
        Organizer organizer = organizer(params.single("organizer"), violations);
        Set<EventType> types = params.enums("type", EventType.class);
        Set<Topic> topics = params.enums("topic", Topic.class);
        Set<Audience> audiences = params.enums("audience", Audience.class);
        Set<AccessibilityFeature> accessibility = params.enums("accessibility", AccessibilityFeature.class);
        Set<AttendanceMode> attendance = params.enums("attendance", AttendanceMode.class);
        boolean free = params.flag("free", "true");
        boolean registrationOpen = params.flag("registration", "open");
        Period period = params.enumValue("when", Period.class, null);
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            violations.add("to", "search.rangeReversed");
        }
        if (period != null && (from != null || to != null)) {
            violations.add("when", "search.periodAndRange");
        }
        Sort sort = params.enumValue("sort", Sort.class, Sort.DATE);
        if (!violations.isEmpty()) {
            throw InvalidInputException.ofQuery(violations);
        }
        return new EventQuery(scope, text, municipality, district, state, organizer, types, topics, audiences,
                accessibility, attendance, free, registrationOpen, period, from, to, sort);
    }

    private Organizer organizer(String slug, Violations violations) {
        if (slug == null) {
            return null;
        }
        String wanted = slug.toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(wanted).matches()) {
            violations.add("organizer", "search.organizerUnknown");
            return null;
        }
        return organizations.findBySlug(wanted)
                .map(organization -> new Organizer(organization.slug(), organization.id()))
                .orElseGet(() -> {
                    violations.add("organizer", "search.organizerUnknown");
                    return null;
                });
    }

    /** The parameters of one request, with their problems. */
    private static final class Params {

        private final Map<String, String[]> values;
        private final Violations violations;

        Params(Map<String, String[]> values, Violations violations) {
            this.values = values;
            this.violations = violations;
        }

        /** The first non-blank value, stripped; {@code null} if none. */
        String single(String name) {
            String[] all = values.get(name);
            if (all == null) {
                return null;
            }
            for (String value : all) {
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }

        String text() {
            String raw = single("q");
            if (raw == null) {
                return null;
            }
            if (raw.length() > TEXT_MAX) {
                violations.add("q", "search.textTooLong", TEXT_MAX);
                return null;
            }
            return InputText.singleLine(raw);
        }

        String matching(String name, Pattern pattern, String code) {
            String value = single(name);
            if (value != null && !pattern.matcher(value).matches()) {
                violations.add(name, code);
                return null;
            }
            return value;
        }

        boolean flag(String name, String on) {
            String value = single(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase(on) || value.equalsIgnoreCase("true") || value.equals("1")) {
                return true;
            }
            violations.add(name, "search.valueUnknown", name);
            return false;
        }

        LocalDate date(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.length() > 10 ? "x" : value);
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    violations.add(name, "search.dateOutOfRange", EARLIEST.getYear(), LATEST.getYear());
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                violations.add(name, "search.dateInvalid");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
            String value = single(name);
            if (value == null) {
                return fallback;
            }
            E parsed = lookup(type, value);
            if (parsed == null) {
                violations.add(name, "search.valueUnknown", name);
                return fallback;
            }
            return parsed;
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            String[] all = values.get(name);
            if (all == null) {
                return Set.of();
            }
            EnumSet<E> result = EnumSet.noneOf(type);
            int count = 0;
            for (String value : all) {
                for (String part : value == null ? new String[0] : value.split(",", -1)) {
                    if (part.isBlank()) {
                        continue;
                    }
                    if (++count > VALUES_MAX) {
                        violations.add(name, "search.tooManyValues", name, VALUES_MAX);
                        return result;
                    }
                    E parsed = lookup(type, part.strip());
                    if (parsed == null) {
                        violations.add(name, "search.valueUnknown", name);
                        return result;
                    }
                    result.add(parsed);
                }
            }
            return result;
        }

        private static <E extends Enum<E>> E lookup(Class<E> type, String value) {
            if (value.length() > 40) {
                return null;
            }
            String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            return null;
        }
    }
}
