package de.offenekommune.barcamp.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.barcamp.internal.BarcampSubmissions;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.platform.web.PageContext;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/** The barcamp on the event page, after the programme: an invitation to propose and to show interest. */
@Component
class BarcampSection implements EventPageSection {

    private final TemplateEngine templates;
    private final BarcampSubmissions submissions;

    BarcampSection(TemplateEngine templates, BarcampSubmissions submissions) {
        this.templates = templates;
        this.submissions = submissions;
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        if (preview) {
            return null;
        }
        BarcampSubmissions.Box box = submissions.box(event);
        if (!box.open() && box.shown() == 0) {
            return null;
        }
        return EventPageSection.template(templates, "barcamp/section.jte", Map.of("ctx", ctx, "event", event,
                "open", box.open(), "shown", box.shown()));
    }
}
