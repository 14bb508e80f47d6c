package de.offenekommune.event;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import de.offenekommune.platform.GuestEmails;
import de.offenekommune.platform.Violations;

/**
 * The rules every event must meet, whichever way it was entered (form or API). Field names are
 * the property paths of the JSON API.
 */
final class EventRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int DESCRIPTION_MAX = 50_000;
    static final int SHORT_TEXT_MAX = 200;
    static final int NOTE_MAX = 2_000;
    static final int EASY_READ_MAX = 5_000;
    static final int LINKS_MAX = 10;
    static final int CAPACITY_MAX = 100_000;
    static final Duration LONGEST_EVENT = Duration.ofDays(366);

    static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    static final Pattern AGS = Pattern.compile("[0-9]{8}");
    static final Pattern PHONE = Pattern.compile("[0-9 +()/.\\-]{3,40}");

    private EventRules() {
    }

    static void check(EventDetails event, Violations violations) {
        if (event.type() == null && !violations.has("type")) {
            violations.add("type", "NotNull");
        }
        violations.requireText("title", event.title(), TITLE_MAX);
        violations.requireText("summary", event.summary(), SUMMARY_MAX);
        violations.limitText("description", event.description(), DESCRIPTION_MAX);
        violations.limitText("audienceNote", event.audienceNote(), SUMMARY_MAX);
        violations.limitText("easyReadSummary", event.easyReadSummary(), EASY_READ_MAX);
        checkSchedule(event.schedule(), violations);
        checkPlace(event, violations);
        checkLinks(event, violations);
        checkCost(event.cost(), violations);
        checkRegistration(event, violations);
        checkContact(event.contact(), violations);
    }

    private static void checkSchedule(Schedule schedule, Violations violations) {
        if (schedule == null) {
            return;
        }
        if (schedule.end().isBefore(schedule.start())) {
            violations.add("endsAt", "event.endBeforeStart");
        } else if (schedule.duration().compareTo(LONGEST_EVENT) > 0) {
            violations.add("endsAt", "event.tooLong");
        }
        int year = schedule.start().atOffset(ZoneOffset.UTC).getYear();
        if (year < 1990 || year > 2200) {
            violations.add("startsAt", "event.yearOutOfRange");
        }
    }

    private static void checkPlace(EventDetails event, Violations violations) {
        AttendanceMode mode = event.attendanceMode();
        if (mode == null) {
            if (!violations.has("attendanceMode")) {
                violations.add("attendanceMode", "NotNull");
            }
            return;
        }
        Venue venue = event.venue();
        if (mode.hasVenue()) {
            violations.requireText("venue.name", venue.name(), SHORT_TEXT_MAX);
            violations.requireText("venue.street", venue.street(), SHORT_TEXT_MAX);
            violations.requireText("venue.locality", venue.locality(), SHORT_TEXT_MAX);
            if (venue.postalCode() == null) {
                violations.add("venue.postalCode", "NotBlank");
            }
        }
        if (venue.postalCode() != null && !POSTAL_CODE.matcher(venue.postalCode()).matches()) {
            violations.add("venue.postalCode", "event.postalCodeInvalid");
        }
        violations.limitText("venue.district", venue.district(), SHORT_TEXT_MAX);
        violations.limitText("venue.directions", venue.directions(), NOTE_MAX);
        violations.limitText("venue.accessibilityNotes", venue.accessibilityNotes(), NOTE_MAX);
        if ((venue.latitude() == null) != (venue.longitude() == null)) {
            violations.add(venue.latitude() == null ? "venue.latitude" : "venue.longitude", "event.coordinatesIncomplete");
        }
        if (venue.latitude() != null && venue.latitude().abs().doubleValue() > 90) {
            violations.add("venue.latitude", "event.latitudeInvalid");
        }
        if (venue.longitude() != null && venue.longitude().abs().doubleValue() > 180) {
            violations.add("venue.longitude", "event.longitudeInvalid");
        }
        if (mode.isOnline() && event.onlineUrl() == null && !violations.has("onlineUrl")) {
            violations.add("onlineUrl", "event.onlineUrlRequired");
        }
        Municipality municipality = event.municipality();
        violations.limitText("municipality.name", municipality.name(), SHORT_TEXT_MAX);
        if (municipality.ags() != null) {
            if (!AGS.matcher(municipality.ags()).matches() || municipality.state().isEmpty()) {
                violations.add("municipality.ags", "event.agsInvalid");
            } else if (venue.state() != null && municipality.state().get() != venue.state()) {
                violations.add("municipality.ags", "event.agsStateMismatch");
            }
            if (municipality.name() == null) {
                violations.add("municipality.name", "event.municipalityNameRequired");
            }
        }
    }

    private static void checkLinks(EventDetails event, Violations violations) {
        if (event.links().size() > LINKS_MAX) {
            violations.add("links", "event.tooManyLinks", LINKS_MAX);
        }
        for (int i = 0; i < event.links().size(); i++) {
            violations.requireText("links[" + i + "].label", event.links().get(i).label(), 100);
        }
    }

    private static void checkCost(Cost cost, Violations violations) {
        if (!cost.free() && cost.priceText() == null) {
            violations.add("cost.priceText", "event.priceRequired");
        }
        violations.limitText("cost.priceText", cost.priceText(), SHORT_TEXT_MAX);
    }

    private static void checkRegistration(EventDetails event, Violations violations) {
        RegistrationSettings registration = event.registration();
        if (registration.mode() == null) {
            if (!violations.has("registration.mode")) {
                violations.add("registration.mode", "NotNull");
            }
            return;
        }
        if (registration.mode() == RegistrationMode.EXTERNAL && registration.url() == null
                && !violations.has("registration.url")) {
            violations.add("registration.url", "event.registrationUrlRequired");
        }
        Integer capacity = registration.capacity();
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            violations.add("registration.capacity", "event.capacityInvalid", CAPACITY_MAX);
        }
        Schedule schedule = event.schedule();
        if (registration.deadline() != null && schedule != null && registration.deadline().isAfter(schedule.end())) {
            violations.add("registration.deadline", "event.deadlineAfterEnd");
        }
        if (registration.opensAt() != null && registration.deadline() != null
                && !registration.opensAt().isBefore(registration.deadline())) {
            violations.add("registration.opensAt", "event.opensAfterDeadline");
        }
    }

    private static void checkContact(Contact contact, Violations violations) {
        violations.limitText("contact.name", contact.name(), SHORT_TEXT_MAX);
        if (contact.email() != null && !GuestEmails.isAddress(contact.email())) {
            violations.add("contact.email", "Email");
        }
        if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
            violations.add("contact.phone", "event.phoneInvalid");
        }
    }
}
