/**
 * Reuse of public events by other software: iCalendar files and feeds, Atom feeds, schema.org
 * JSON-LD on event pages, open-data exports (CSV, JSON) and their DCAT-AP.de catalog entry.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Feeds and open data",
        allowedDependencies = {"account", "event", "event :: calendar", "media", "platform", "platform :: web", "programme"})
package de.offenekommune.feed;
