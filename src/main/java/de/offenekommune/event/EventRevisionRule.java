package de.offenekommune.event;

import de.offenekommune.platform.Violations;

/**
 * A rule another capability adds to revising an event, for facts it depends on: registration, for
 * example, refuses fewer seats than people already hold. Rules run inside the revising transaction,
 * after the event's own rules and before anything is saved, so a rule may lock what it checks until
 * the revision commits.
 */
public interface EventRevisionRule {

    /**
     * Adds a violation (field paths as in the JSON API, e.g. {@code registration.capacity}) when the
     * revision must be refused; the organizer sees it next to the field.
     */
    void check(Event current, EventDetails revised, Violations violations);
}
