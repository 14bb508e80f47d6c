package de.offenekommune.event.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import de.offenekommune.EventDetailsBuilder;

/**
 * What a browser submits from the event editor, field by field, starting from the reference conference
 * as an organizer would type it (German date, bare web address).
 */
final class EventFormInput {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private EventFormInput() {
    }

    static EventFormInput reference() {
        return new EventFormInput()
                .set("type", "CONFERENCE")
                .set("title", EventDetailsBuilder.REFERENCE_TITLE)
                .set("summary", EventDetailsBuilder.REFERENCE_SUMMARY)
                .set("description", EventDetailsBuilder.REFERENCE_DESCRIPTION)
                .set("slug", "")
                .set("startDate", "09.11.2013")
                .set("startTime", "09:30")
                .set("endDate", "")
                .set("endTime", "17:30")
                .set("timeZone", "Europe/Berlin")
                .set("attendanceMode", "IN_PERSON")
                .set("onlineUrl", "")
                .set("venueName", "Gesamtschule Barmen")
                .set("venueStreet", "Unterdörnen 1")
                .set("venuePostalCode", "42283")
                .set("venueLocality", "Wuppertal")
                .set("venueDistrict", "Barmen")
                .set("venueState", "NORDRHEIN_WESTFALEN")
                .set("venueLatitude", "51.266944")
                .set("venueLongitude", "7.207500")
                .set("venueDirections", "Vom Bahnhof Barmen zehn Minuten zu Fuß.")
                .set("venueAccessibilityNotes", "Eingang über den Schulhof, Aufzug vorhanden.")
                .set("municipalityName", "Wuppertal (05124000)")
                .set("websiteUrl", "www.oknrw.de")
                .set("linkLabel", "Veranstaltung auf Facebook", "@OKNRW auf Twitter", "", "", "")
                .set("linkUrl", EventDetailsBuilder.FACEBOOK_URL, EventDetailsBuilder.TWITTER_URL, "", "", "")
                .set("free", "true")
                .set("priceText", "")
                .set("registrationMode", "REQUESTED")
                .set("registrationUrl", "")
                .set("registrationCapacity", "")
                .set("audiences", "CITIZENS", "POLITICIANS", "ADMINISTRATION", "RESEARCH", "BUSINESS")
                .set("audienceNote", EventDetailsBuilder.REFERENCE_AUDIENCE_NOTE)
                .set("topics", "OPEN_GOVERNMENT", "PARTICIPATION", "TRANSPARENCY", "OPEN_DATA")
                .set("accessibility", "STEP_FREE_ACCESS")
                .set("easyReadSummary", "")
                .set("contactName", "")
                .set("contactEmail", "")
                .set("contactPhone", "");
    }

    /** Sets a field; several values for a repeated field such as {@code linkUrl} or {@code audiences}. */
    EventFormInput set(String field, String... values) {
        fields.put(field, new ArrayList<>(Arrays.asList(values)));
        return this;
    }

    /** Leaves the field out of the submission, as a browser does with unticked boxes. */
    EventFormInput remove(String field) {
        fields.remove(field);
        return this;
    }

    String get(String field) {
        List<String> values = fields.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** For {@code MockMvc}'s {@code params(…)}. */
    MultiValueMap<String, String> params() {
        return new LinkedMultiValueMap<>(fields);
    }

    /** The form record as Spring binds it from these fields. */
    EventForm toForm() {
        RecordComponent[] components = EventForm.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            List<String> submitted = fields.get(components[i].getName());
            if (types[i] == List.class) {
                values[i] = submitted;
            } else {
                values[i] = submitted == null || submitted.isEmpty() ? null : submitted.get(0);
            }
        }
        try {
            return EventForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
