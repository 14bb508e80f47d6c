/**
 * The JSON API of events.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.event.api;
