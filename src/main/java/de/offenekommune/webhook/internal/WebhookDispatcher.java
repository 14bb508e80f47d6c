package de.offenekommune.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due webhooks, one attempt each, and sets the next attempt of those that failed: the retry delay,
 * doubled for every attempt before, until the attempts are used up. Times come from the application's
 * clock. Redirects are not followed, since their target was never checked. Logs carry ids, not addresses.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTargets targets;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookTargets targets,
            WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout())
                .build();
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** @return how many deliveries were attempted */
    int deliverDue() {
        int attempted = 0;
        List<UUID> due;
        do {
            due = deliveries.claimDue(clock.instant(), properties.timeout().multipliedBy(2), BATCH);
            due.forEach(this::attempt);
            attempted += due.size();
        } while (due.size() == BATCH);
        return attempted;
    }

    private void attempt(UUID id) {
        WebhookDelivery delivery = deliveries.findById(id).orElse(null);
        if (delivery == null || !delivery.status().equals("PENDING")) {
            return;
        }
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpoint()).orElseThrow();
        Instant now = clock.instant();
        Optional<String> refusal = targets.refusal(endpoint.url());
        if (refusal.isPresent()) {
            failed(delivery, null, "Refused: " + refusal.get(), now);
            return;
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Offene-Kommune-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(endpoint.secret(), delivery.messageId(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                deliveries.recordDelivered(id, status, clock.instant());
                log.info("Delivered webhook {} ({}) to endpoint {}", id, delivery.eventType(), endpoint.id());
            } else {
                failed(delivery, status, "HTTP " + status, clock.instant());
            }
        } catch (IOException e) {
            failed(delivery, null, e.getClass().getSimpleName(), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "Interrupted", clock.instant());
        }
    }

    private void failed(WebhookDelivery delivery, Integer responseCode, String error, Instant now) {
        int attempt = delivery.attempts() + 1;
        Instant next = attempt >= properties.maxAttempts() ? null : now.plus(properties.backoffAfter(attempt));
        deliveries.recordFailure(delivery.id(), responseCode, error, now, next);
        if (next == null) {
            log.warn("Gave up webhook {} to endpoint {} after {} attempts: {}", delivery.id(), delivery.endpoint(),
                    attempt, error);
        } else {
            log.info("Webhook {} to endpoint {} failed ({}), next attempt at {}", delivery.id(), delivery.endpoint(),
                    error, next);
        }
    }
}
