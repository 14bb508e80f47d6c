package de.offenekommune.webhook.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.platform.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of webhooks, in the envelope Standard Webhooks suggests: {@code type}, {@code timestamp},
 * {@code data}. Their shapes are documented in the OpenAPI document (see {@link WebhookOpenApi}).
 */
@Component
class WebhookMessages {

    static final String PUBLISHED = "event.published";
    static final String CHANGED = "event.changed";
    static final String POSTPONED = "event.postponed";
    static final String CANCELLED = "event.cancelled";
    static final String TEST = "webhook.test";

    record Message(String type, String timestamp, Object data) {
    }

    record EventData(UUID id, String slug, String title, String summary, String status, String statusNote,
            String startsAt, String endsAt, String timeZone, boolean allDay, String url, String apiUrl,
            Organizer organizer) {
    }

    record Organizer(UUID id, String name) {
    }

    record TestData(UUID endpointId, String message) {
    }

    private final JsonMapper json;
    private final SiteProperties site;

    WebhookMessages(JsonMapper json, SiteProperties site) {
        this.json = json;
        this.site = site;
    }

    String aboutEvent(String type, Event event, Organization organizer, Instant now) {
        var schedule = event.details().schedule();
        EventData data = new EventData(event.id().value(), event.slug(), event.details().title(),
                event.details().summary(), event.status().name(), event.statusNote(), schedule.start().toString(),
                schedule.end().toString(), schedule.zone().getId(), schedule.allDay(),
                site.absolute("/events/" + event.slug()), site.absolute("/api/v1/events/" + event.id().value()),
                new Organizer(organizer.id().value(), organizer.name()));
        return json.writeValueAsString(new Message(type, now.toString(), data));
    }

    String test(UUID endpoint, Instant now) {
        return json.writeValueAsString(new Message(TEST, now.toString(),
                new TestData(endpoint, "Test message from " + site.name())));
    }
}
