package de.offenekommune.programme.web;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/** The programme on the event page, after the description and before the discussion; nothing without sessions. */
@Component
class ProgrammeSection implements EventPageSection {

    private final TemplateEngine templates;
    private final Programmes programmes;
    private final Clock clock;

    ProgrammeSection(TemplateEngine templates, Programmes programmes, Clock clock) {
        this.templates = templates;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        Programme programme = programmes.shown(event.id());
        if (programme.isEmpty()) {
            return null;
        }
        return EventPageSection.template(templates, "programme/section.jte", Map.of("ctx", ctx,
                "view", new TimetableView(event, programme, clock.instant()), "preview", preview));
    }
}
