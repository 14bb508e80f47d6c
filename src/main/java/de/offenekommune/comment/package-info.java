/**
 * Kommentare: the public discussion under each event with replies, moderation modes and queues,
 * reports, spam defence without third parties, notifications and the retention of guest emails.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Comments",
        allowedDependencies = {"account", "event", "notification", "platform", "platform :: web"})
package de.offenekommune.comment;
