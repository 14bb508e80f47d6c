package de.offenekommune.event;

import de.offenekommune.account.Organization;

/**
 * Describes an event for machines on its public page, e.g. as schema.org JSON-LD for search
 * engines. Another capability provides it; the event page only places it.
 */
public interface EventStructuredData {

    /**
     * @param organizer the organizing organization, or {@code null} if unknown
     * @return a JSON-LD document that is safe to place inside a {@code <script>} element
     */
    String jsonLd(Event event, Organization organizer);
}
