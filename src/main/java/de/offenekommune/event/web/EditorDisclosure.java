package de.offenekommune.event.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import de.offenekommune.event.Schedule;
import de.offenekommune.platform.web.FormErrors;

/**
 * The rarely used parts of the event editor, each folded into a disclosure ({@code <details>}) that
 * opens by itself when something in it was entered or is wrong, so that nothing filled in or to be
 * corrected is ever hidden.
 */
public enum EditorDisclosure {

    SLUG(form -> filled(form.slug()), "slug"),
    TIME_ZONE(form -> filled(form.timeZone()) && !Schedule.DEFAULT_ZONE.getId().equals(form.timeZone().strip()),
            "timeZone"),
    PLACE_DETAILS(form -> filled(form.venueDistrict(), form.venueState(), form.venueDirections(), form.venueLatitude(),
            form.venueLongitude()), "venueDistrict", "venueState", "venueDirections", "venueLatitude", "venueLongitude"),
    REGISTRATION_PERIOD(form -> filled(form.registrationOpensDate(), form.registrationOpensTime(),
            form.registrationDeadlineDate(), form.registrationDeadlineTime()), "registrationOpensDate",
            "registrationOpensTime", "registrationDeadlineDate", "registrationDeadlineTime"),
    AUDIENCES_AND_TOPICS(form -> chosen(form.audiences(), form.topics()) || filled(form.audienceNote()),
            "audiences", "audienceNote", "topics"),
    ACCESSIBILITY(form -> chosen(form.accessibility()) || filled(form.venueAccessibilityNotes()),
            "accessibility", "venueAccessibilityNotes"),
    EASY_READ(form -> filled(form.easyReadSummary()), "easyReadSummary"),
    LINKS(form -> filled(form.websiteUrl()) || chosen(form.linkLabel(), form.linkUrl()), "websiteUrl", "linkLabel",
            "linkUrl"),
    CONTACT(form -> filled(form.contactName(), form.contactEmail(), form.contactPhone()), "contactName",
            "contactEmail", "contactPhone");

    private final Predicate<EventForm> filled;
    private final List<String> fields;

    EditorDisclosure(Predicate<EventForm> filled, String... fields) {
        this.filled = filled;
        this.fields = List.of(fields);
    }

    /** Open when one of its fields has a value or an error (numbered link fields count as theirs). */
    public boolean isOpen(EventForm form, FormErrors errors) {
        return filled.test(form) || errors.all().stream()
                .anyMatch(error -> fields.contains(error.getKey().replaceFirst("\\d+$", "")));
    }

    private static boolean filled(String... values) {
        return Stream.of(values).anyMatch(value -> value != null && !value.isBlank());
    }

    @SafeVarargs
    private static boolean chosen(Collection<String>... values) {
        return Stream.of(values).flatMap(Collection::stream).filter(Objects::nonNull).anyMatch(value -> !value.isBlank());
    }
}
