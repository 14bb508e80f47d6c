/**
 * Webhooks: endpoints registered by organizers and administrators receive signed JSON (Standard Webhooks)
 * about published, changed, postponed and cancelled events, queued in the event's transaction and delivered
 * in the background with retries.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
        allowedDependencies = {"account", "event", "platform", "platform :: web"})
package de.offenekommune.webhook;
