package de.offenekommune.event;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.offenekommune.platform.web.PageContext;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * A part of the public event page contributed by another capability, such as the registration box
 * or the discussion. The event page knows where sections go, not what they contain.
 */
public interface EventPageSection {

    enum Slot {
        /** In the key facts at the top of the page: a short status and the action it calls for. */
        KEY_FACTS,
        /** Below "At a glance", next to the description; on a phone after it. */
        ASIDE,
        /** After the description and, on a phone, after the aside too. */
        MAIN
    }

    Slot slot();

    /** Sections of one slot appear in ascending order. */
    int order();

    /**
     * @param preview whether an organizer previews a draft; sections should not offer actions then
     * @return the section, or {@code null} when it has nothing to show for this event
     */
    @Nullable Content render(Event event, PageContext ctx, boolean preview);

    /** A section that the template {@code name} renders from {@code model} when the page writes it. */
    static Content template(TemplateEngine templates, String name, Map<String, Object> model) {
        return output -> templates.render(name, model, output);
    }
}
