/**
 * Barcamp session planning: participants propose sessions and mark interest before the event, the
 * organizer moderates the proposals and places them into free cells of the programme, and everyone
 * interested learns where and when their session takes place.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Barcamp",
        allowedDependencies = {"account", "comment", "event", "notification", "platform", "platform :: web",
                "programme", "registration"})
package de.offenekommune.barcamp;
