/**
 * Registrations (Anmeldungen) for events: guest registration with double opt-in, capacity and waitlist
 * safe under a rush, personal links, the organizer's participant list, reminders, retention, and the
 * attendance counts it gives the open data (through {@code feed.AttendanceFigures}).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Registrations",
        allowedDependencies = {"account", "event", "event :: calendar", "feed", "notification", "platform", "platform :: web",
                "programme"})
package de.offenekommune.registration;
