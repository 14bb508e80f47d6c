package de.offenekommune.webhook.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Background tasks of webhooks, run by db-scheduler in one application copy at a time. Unlike mails, which
 * get one task per mail, webhooks are picked up by a poll of the delivery table: their next attempts are set
 * by the application's clock, and an endpoint's backlog is visible in one place, its delivery log.
 */
@Configuration(proxyBeanMethods = false)
class WebhookTasks {

    /** How long the delivery log keeps finished deliveries. */
    static final Duration RETENTION = Duration.ofDays(30);

    @Bean
    RecurringTask<Void> deliverWebhooksTask(WebhookDispatcher dispatcher, WebhookProperties properties) {
        return Tasks.recurring("deliver-webhooks", FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> dispatcher.deliverDue());
    }

    @Bean
    RecurringTask<Void> forgetOldWebhooksTask(WebhookDeliveries deliveries, Clock clock) {
        return Tasks.recurring("forget-old-webhooks", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> deliveries.deleteDoneBefore(clock.instant().minus(RETENTION)));
    }
}
