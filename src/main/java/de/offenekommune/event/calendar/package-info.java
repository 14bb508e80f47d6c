/**
 * Events as iCalendar files: one writer for the public feeds and the single file that registration mails carry,
 * so that every calendar sees the same UID and the same text for an event.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("calendar")
package de.offenekommune.event.calendar;
