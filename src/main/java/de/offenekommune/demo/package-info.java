/**
 * Demo content for a first start with the embedded database: a demo organizer and realistic events.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo content",
        allowedDependencies = {"account", "barcamp", "comment", "event", "media", "platform", "programme"})
package de.offenekommune.demo;
