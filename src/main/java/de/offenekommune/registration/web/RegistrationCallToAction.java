package de.offenekommune.registration.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.registration.internal.Availability;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * In the key facts at the top of the event page: the free places and a button to the registration
 * form further down, so that nobody on a phone has to scroll to learn whether and how to register.
 * Nothing once registration is over or not needed.
 */
@Component
class RegistrationCallToAction implements EventPageSection {

    private final TemplateEngine templates;
    private final EventDateFormatter dates;
    private final PageAvailability availabilities;

    RegistrationCallToAction(TemplateEngine templates, EventDateFormatter dates, PageAvailability availabilities) {
        this.templates = templates;
        this.dates = dates;
        this.availabilities = availabilities;
    }

    @Override
    public Slot slot() {
        return Slot.KEY_FACTS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        Availability availability = availabilities.of(event);
        boolean calls = availability.acceptsRegistrations()
                || availability.status() == Availability.Status.NOT_YET_OPEN
                || availability.status() == Availability.Status.EXTERNAL && event.details().registration().url() != null;
        if (!calls) {
            return null;
        }
        Map<String, Object> model = Map.of("ctx", ctx, "event", event, "availability", availability,
                "preview", preview, "dates", dates);
        return EventPageSection.template(templates, "registration/callToAction.jte", model);
    }
}
