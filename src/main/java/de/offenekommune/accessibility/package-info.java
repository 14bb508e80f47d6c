/**
 * What the accessibility law asks beyond clean pages: the channel for reporting barriers with its answer
 * deadline, and the pages in Leichte Sprache and Deutsche Gebärdensprache.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accessibility")
package de.offenekommune.accessibility;
