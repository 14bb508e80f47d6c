package de.offenekommune.registration.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.platform.web.FormErrors;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.internal.RegistrationSettings;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The registration box beside the event's facts: whether registration is open, the free places, and
 * the form. Nothing for events without registration; a link for registration elsewhere.
 */
@Component
class RegistrationSection implements EventPageSection {

    private final TemplateEngine templates;
    private final RegistrationManagement management;
    private final EventDateFormatter dates;
    private final PageAvailability availabilities;

    RegistrationSection(TemplateEngine templates, RegistrationManagement management, EventDateFormatter dates,
            PageAvailability availabilities) {
        this.templates = templates;
        this.management = management;
        this.dates = dates;
        this.availabilities = availabilities;
    }

    @Override
    public Slot slot() {
        return Slot.ASIDE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        Availability availability = availabilities.of(event);
        if (availability.status() == Availability.Status.NONE) {
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("ctx", ctx);
        model.put("event", event);
        model.put("availability", availability);
        RegistrationSettings settings = management.settings(event.id());
        model.put("options", settings.options());
        model.put("questions", management.questions(event.id()));
        model.put("approval", settings.approvalRequired());
        model.put("form", RegistrationForm.blank());
        model.put("errors", FormErrors.NONE);
        model.put("preview", preview);
        model.put("workshops", availability.acceptsRegistrations() && !preview ? management.workshops(event.id()) : null);
        model.put("dates", dates);
        return EventPageSection.template(templates, "registration/section.jte", model);
    }
}
