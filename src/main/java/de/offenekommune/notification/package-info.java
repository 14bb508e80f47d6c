/**
 * Mail to people: an outbox written in the business transaction, sent in the background with retries,
 * templates per event and audience in German and English, and a local mailbox for development.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"platform"})
package de.offenekommune.notification;
