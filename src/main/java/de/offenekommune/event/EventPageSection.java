package de.offenekommune.event;

import de.offenekommune.platform.web.PageContext;
import gg.jte.Content;

/**
 * A part of the public event page contributed by another capability, such as the registration box
 * or the discussion. The event page knows where sections go, not what they contain.
 */
public interface EventPageSection {

    enum Slot {
        /** Below "At a glance", next to the description. */
        ASIDE,
        /** After the description, across the page. */
        MAIN
    }

    Slot slot();

    /** Sections of one slot appear in ascending order. */
    int order();

    /**
     * @param preview whether an organizer previews a draft; sections should not offer actions then
     * @return the section, or {@code null} when it has nothing to show for this event
     */
    Content render(Event event, PageContext ctx, boolean preview);
}
