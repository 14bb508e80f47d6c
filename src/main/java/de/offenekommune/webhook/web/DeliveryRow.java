package de.offenekommune.webhook.web;

/** One line of an endpoint's delivery log, ready to show. */
public record DeliveryRow(String created, String createdIso, String type, String statusKey, int attempts,
        String responseCode, String lastError, String next) {
}
