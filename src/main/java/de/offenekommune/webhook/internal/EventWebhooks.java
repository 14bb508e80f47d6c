package de.offenekommune.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventChange;
import de.offenekommune.event.EventChange.EventCancelled;
import de.offenekommune.event.EventChange.EventPostponed;
import de.offenekommune.event.EventChange.EventPublished;
import de.offenekommune.event.EventChange.EventRevised;
import de.offenekommune.event.Events;

/**
 * Queues a webhook per listening endpoint inside the organizer's transaction, so that the messages exist
 * exactly when the change commits. Drafts are nobody's business: their changes are not announced.
 */
@Component
class EventWebhooks {

    private final Events events;
    private final OrganizationDirectory organizations;
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookMessages messages;
    private final Clock clock;

    EventWebhooks(Events events, OrganizationDirectory organizations, WebhookEndpoints endpoints,
            WebhookDeliveries deliveries, WebhookMessages messages, Clock clock) {
        this.events = events;
        this.organizations = organizations;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(EventChange change) {
        String type = typeOf(change);
        if (type == null) {
            return;
        }
        Event event = events.findById(change.event()).orElse(null);
        if (event == null || !event.isPublic()) {
            return;
        }
        List<WebhookEndpoint> listening = endpoints.findListeningTo(event.organizer());
        if (listening.isEmpty()) {
            return;
        }
        Organization organizer = organizations.find(event.organizer()).orElseThrow();
        Instant now = clock.instant();
        String payload = messages.aboutEvent(type, event, organizer, now);
        String messageId = WebhookDispatcher.newMessageId();
        for (WebhookEndpoint endpoint : listening) {
            deliveries.insert(endpoint.id(), messageId, type, payload, now);
        }
    }

    private static String typeOf(EventChange change) {
        if (change instanceof EventPublished) {
            return WebhookMessages.PUBLISHED;
        }
        if (change instanceof EventRevised) {
            return WebhookMessages.CHANGED;
        }
        if (change instanceof EventPostponed) {
            return WebhookMessages.POSTPONED;
        }
        if (change instanceof EventCancelled) {
            return WebhookMessages.CANCELLED;
        }
        return null;
    }
}
