package de.offenekommune.comment.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventPageSection;
import de.offenekommune.platform.web.PageContext;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The section "Kommentare" on the event page: the count, the first threads ({@code ok.comments.event-page-threads}),
 * a link to the whole discussion and the form "Neuen Kommentar verfassen". Nothing when the event's
 * discussion is off.
 */
@Component
class CommentSection implements EventPageSection {

    private final TemplateEngine templates;
    private final DiscussionViews views;

    CommentSection(TemplateEngine templates, DiscussionViews views) {
        this.templates = templates;
        this.views = views;
    }

    @Override
    public Slot slot() {
        return Slot.MAIN;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(Event event, PageContext ctx, boolean preview) {
        ModerationMode mode = views.modeOf(event);
        if (!mode.isVisible()) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ctx", ctx);
        params.put("d", views.eventPageDiscussion(event, mode, !preview && event.isPublic()));
        params.put("f", views.blankForm(event, null));
        return EventPageSection.template(templates, "comment/section.jte", params);
    }
}
