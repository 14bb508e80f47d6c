/**
 * The programme of an event: its timetable of sessions in rooms of the venue, with speakers, shown
 * on the event page and as calendar files, read and written through the API.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programme",
        allowedDependencies = {"account", "event", "media", "platform", "platform :: web"})
package de.offenekommune.programme;
