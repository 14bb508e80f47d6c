package de.offenekommune.barcamp.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Addresses are kept only to tell people where and when: once the event is over they are erased, and
 * proposals and marks whose address was never confirmed go when their link expires. Run hourly by
 * db-scheduler in whichever application copy is free.
 */
@Configuration(proxyBeanMethods = false)
class BarcampRetention {

    static final String TASK = "barcamp-retention";

    @Bean
    RecurringTask<Void> barcampRetentionTask(Proposals proposals, Clock clock) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> run(proposals, clock));
    }

    static int run(Proposals proposals, Clock clock) {
        return proposals.eraseAddresses(clock.instant())
                + proposals.forgetUnconfirmed(clock.instant().minus(BarcampSubmissions.CONFIRMATION_VALIDITY));
    }
}
