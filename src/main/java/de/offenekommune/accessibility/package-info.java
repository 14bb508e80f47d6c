/**
 * What the accessibility law asks beyond clean pages: the channel for reporting barriers with its answer
 * deadline, and the pages in Leichte Sprache and Deutsche Gebärdensprache.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accessibility",
        allowedDependencies = {"account", "notification", "platform", "platform :: web"})
package de.offenekommune.accessibility;
