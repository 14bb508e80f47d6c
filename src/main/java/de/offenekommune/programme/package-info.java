/**
 * The programme of an event: its timetable of sessions in rooms of the venue, with speakers, shown
 * on the event page and as calendar files, read and written through the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package de.offenekommune.programme;
