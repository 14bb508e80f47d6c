package de.offenekommune.event.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.MunicipalityEntry;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.Option;

/**
 * Builds the filter form of a listing in the visitor's language: choices, kept input, problems and
 * the chips that remove one filter each.
 */
@Component
class EventFilterViews {

    private final EventFormOptions options;
    private final EventSearch search;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;

    EventFilterViews(EventFormOptions options, EventSearch search, OrganizationDirectory organizations,
            MessageSource messages) {
        this.options = options;
        this.search = search;
        this.organizations = organizations;
        this.messages = messages;
    }

    EventFilterView of(String action, Map<String, String[]> values, EventQuery query, Violations violations,
            Locale locale, Instant now) {
        FormErrors errors = violations == null ? FormErrors.NONE
                : FormErrors.of(violations, field -> field, messages, locale);
        List<MunicipalityEntry> municipalities = search.municipalities(now);
        EventFilterView.Choices choices = new EventFilterView.Choices(
                List.of(option("today", "search.when.today", locale), option("week", "search.when.week", locale),
                        option("month", "search.when.month", locale)),
                municipalities.stream().map(m -> new Option(m.ags(), m.name())).toList(),
                districts(municipalities, locale),
                options.states(locale), options.types(locale), options.topics(locale), options.audiences(locale),
                options.accessibility(locale), options.attendanceModes(locale),
                List.of(option("date", "search.sort.date", locale), option("relevance", "search.sort.relevance", locale)));
        List<EventFilterView.Chip> chips = query == null ? List.of() : chips(action, query, municipalities, locale);
        // Unfolded when something inside is chosen; the search field and the organizer are outside.
        boolean expanded = !errors.isEmpty() || query != null && (query.byRelevance()
                || query.withOrganizer(null).withText(null).isFiltered());
        return new EventFilterView(action, values, query, errors, choices, chips, expanded);
    }

    /** Kreise and kreisfreie Städte, named after the municipalities that events there name. */
    private List<Option> districts(List<MunicipalityEntry> municipalities, Locale locale) {
        Map<String, List<MunicipalityEntry>> byDistrict = municipalities.stream()
                .collect(Collectors.groupingBy(MunicipalityEntry::district, LinkedHashMap::new, Collectors.toList()));
        List<Option> result = new ArrayList<>();
        byDistrict.forEach((district, members) -> {
            MunicipalityEntry city = members.stream().filter(m -> m.ags().equals(district + "000")).findFirst().orElse(null);
            String label = city != null && members.size() == 1
                    ? text("search.district.city", locale, city.name())
                    : text("search.district.county", locale, district,
                            members.stream().map(MunicipalityEntry::name).limit(4).collect(Collectors.joining(", "))
                                    + (members.size() > 4 ? ", …" : ""));
            result.add(new Option(district, label));
        });
        result.sort(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(Locale.GERMAN)));
        return result;
    }

    private List<EventFilterView.Chip> chips(String action, EventQuery query, List<MunicipalityEntry> municipalities,
            Locale locale) {
        List<EventFilterView.Chip> chips = new ArrayList<>();
        DateTimeFormatter date = DateTimeFormatter.ofPattern(text("event.format.shortDate", locale), locale);
        if (query.hasText()) {
            chips.add(chip(action, query, "q", null, text("search.chip.text", locale, query.text())));
        }
        if (query.period() != null) {
            chips.add(chip(action, query, "when", null,
                    text("search.when." + query.period().name().toLowerCase(Locale.ROOT), locale)));
        }
        if (query.from() != null) {
            chips.add(chip(action, query, "from", null, text("search.chip.from", locale, date.format(query.from()))));
        }
        if (query.to() != null) {
            chips.add(chip(action, query, "to", null, text("search.chip.to", locale, date.format(query.to()))));
        }
        if (query.municipality() != null) {
            String name = municipalities.stream().filter(m -> m.ags().equals(query.municipality()))
                    .map(MunicipalityEntry::name).findFirst().orElse(query.municipality());
            chips.add(chip(action, query, "municipality", null, text("search.chip.municipality", locale, name)));
        }
        if (query.district() != null) {
            chips.add(chip(action, query, "district", null, text("search.chip.district", locale, query.district())));
        }
        if (query.state() != null) {
            chips.add(chip(action, query, "state", null, text(query.state().messageKey(), locale)));
        }
        if (query.organizer() != null) {
            String name = organizations.find(query.organizer().id()).map(o -> o.name()).orElse(query.organizer().slug());
            chips.add(chip(action, query, "organizer", null, text("search.chip.organizer", locale, name)));
        }
        query.types().forEach(v -> chips.add(chip(action, query, "type", v.name(), text(v.messageKey(), locale))));
        query.topics().forEach(v -> chips.add(chip(action, query, "topic", v.name(), text(v.messageKey(), locale))));
        query.audiences().forEach(v -> chips.add(chip(action, query, "audience", v.name(), text(v.messageKey(), locale))));
        query.accessibility().forEach(v -> chips.add(chip(action, query, "accessibility", v.name(),
                text(v.messageKey(), locale))));
        query.attendance().forEach(v -> chips.add(chip(action, query, "attendance", v.name(),
                text(v.messageKey(), locale))));
        if (query.freeOnly()) {
            chips.add(chip(action, query, "free", null, text("search.free", locale)));
        }
        if (query.registrationOpen()) {
            chips.add(chip(action, query, "registration", null, text("search.registrationOpen", locale)));
        }
        return chips;
    }

    private static EventFilterView.Chip chip(String action, EventQuery query, String name, String value, String label) {
        String rest = query.queryStringWithout(name, value);
        return new EventFilterView.Chip(label, rest.isEmpty() ? action : action + "?" + rest);
    }

    private Option option(String value, String key, Locale locale) {
        return new Option(value, text(key, locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
