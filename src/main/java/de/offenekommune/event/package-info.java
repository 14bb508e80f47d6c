/**
 * Events with every fact an invitation carries, their public pages and their editing by organizers.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"account", "platform", "platform :: web"})
package de.offenekommune.event;
