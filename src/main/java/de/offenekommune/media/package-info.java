/**
 * Images and documents of events: uploads checked by their content, images decoded and re-encoded in a few
 * widths, everything stored in PostgreSQL and served by the platform itself.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Media",
        allowedDependencies = {"account", "event", "platform", "platform :: web"})
package de.offenekommune.media;
