package de.offenekommune.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Background tasks of the outbox, run by db-scheduler in whichever application copy is free.
 */
@Configuration(proxyBeanMethods = false)
class MailTasks {

    /** One instance per outbox row, named by its id. */
    static final TaskDescriptor<Void> SEND = TaskDescriptor.of("send-mail");

    @Bean
    OneTimeTask<Void> sendMailTask(MailDispatcher dispatcher, MailProperties properties) {
        var retries = new FailureHandler.MaxRetriesFailureHandler<Void>(properties.maxAttempts(),
                new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryDelay(), 2.0),
                (complete, operations) -> dispatcher.giveUp(UUID.fromString(complete.getExecution().taskInstance.getId())));
        return Tasks.oneTime(SEND)
                .onFailure(retries)
                .execute((instance, context) -> dispatcher.dispatch(UUID.fromString(instance.getId())));
    }

    @Bean
    RecurringTask<Void> forgetSentMailTask(OutboxMails mails, MailProperties properties, Clock clock) {
        return Tasks.recurring("forget-sent-mail", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> mails.deleteDoneBefore(clock.instant().minus(properties.retention())));
    }
}
