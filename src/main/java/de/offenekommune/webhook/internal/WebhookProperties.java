package de.offenekommune.webhook.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivate  whether endpoints on loopback, link-local or private networks and plain {@code http}
 *                      are allowed; off in production, so that nobody reaches the intranet through a webhook
 * @param retryDelay    wait before the first retry; doubles with each further one
 * @param maxAttempts   attempts before a delivery is given up
 * @param timeout       how long one attempt may take, connecting and answering together
 * @param pollInterval  how often due deliveries are looked for
 */
@ConfigurationProperties("ok.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("PT30S") Duration retryDelay,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT5S") Duration pollInterval) {

    /** The wait after the given failed attempt (1, 2, …): the retry delay, doubled for each attempt before. */
    Duration backoffAfter(int attempt) {
        return retryDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    }
}
