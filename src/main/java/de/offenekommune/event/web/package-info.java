/**
 * The public event pages, listings and calendar, and the organizer's editor.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.event.web;
