package de.offenekommune.media.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.media.Documents;
import de.offenekommune.media.EventDocument;
import de.offenekommune.platform.web.PageContext;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The event's documents on its page, as downloads with type and size; nothing when there are none.
 */
@Component
class DocumentSection implements EventPageSection {

    private final TemplateEngine templates;
    private final Documents documents;

    DocumentSection(TemplateEngine templates, Documents documents) {
        this.templates = templates;
        this.documents = documents;
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    /** Before the discussion (100). */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        List<EventDocument> list = documents.findByEvent(event.id());
        if (list.isEmpty()) {
            return null;
        }
        return EventPageSection.template(templates, "media/documents.jte",
                Map.of("ctx", ctx, "documents", list, "preview", preview));
    }
}
