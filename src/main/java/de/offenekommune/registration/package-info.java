/**
 * Registrations (Anmeldungen) for events: guest registration with double opt-in, capacity and waitlist
 * safe under a rush, personal links, the organizer's participant list, and retention.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Registrations",
        allowedDependencies = {"account", "event", "event :: calendar", "notification", "platform", "platform :: web"})
package de.offenekommune.registration;
