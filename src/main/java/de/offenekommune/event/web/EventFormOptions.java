package de.offenekommune.event.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Audience;
import de.offenekommune.event.EventType;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.platform.FederalState;
import de.offenekommune.platform.web.Option;

/**
 * The choices of the event editor, labelled in the organizer's language.
 */
@Component
class EventFormOptions {

    /** Region/City zones only, the default first: nobody plans an event in "Etc/GMT+3". */
    private static final List<String> ZONES = Stream.concat(Stream.of(Schedule.DEFAULT_ZONE.getId()),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(id -> id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
                            .filter(id -> !id.equals(Schedule.DEFAULT_ZONE.getId()))
                            .sorted())
            .toList();

    private final MessageSource messages;

    EventFormOptions(MessageSource messages) {
        this.messages = messages;
    }

    List<Option> types(Locale locale) {
        return labelled(EventType.values(), EventType::messageKey, locale);
    }

    List<Option> attendanceModes(Locale locale) {
        return labelled(AttendanceMode.values(), AttendanceMode::messageKey, locale);
    }

    List<Option> registrationModes(Locale locale) {
        return labelled(RegistrationMode.values(), RegistrationMode::messageKey, locale);
    }

    List<Option> audiences(Locale locale) {
        return labelled(Audience.values(), Audience::messageKey, locale);
    }

    List<Option> topics(Locale locale) {
        return labelled(Topic.values(), Topic::messageKey, locale);
    }

    List<Option> accessibility(Locale locale) {
        return labelled(AccessibilityFeature.values(), AccessibilityFeature::messageKey, locale);
    }

    List<Option> states(Locale locale) {
        return labelled(FederalState.values(), FederalState::messageKey, locale);
    }

    List<Option> zones() {
        return ZONES.stream().map(id -> new Option(id, id.replace('_', ' '))).toList();
    }

    private <E extends Enum<E>> List<Option> labelled(E[] values, Function<E, String> key, Locale locale) {
        return Arrays.stream(values)
                .map(value -> new Option(value.name(), messages.getMessage(key.apply(value), null, locale)))
                .toList();
    }
}
