package de.offenekommune.account.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Background work of accounts, run by db-scheduler in whichever application copy is free. */
@Configuration(proxyBeanMethods = false)
class AccountTasks {

    /** The work is looked up when it runs: the scheduler is built before the outbox that invitations use. */
    @Bean
    RecurringTask<Void> forgetExpiredInvitationsTask(ObjectProvider<InvitationManagement> invitations) {
        return Tasks.recurring("forget-expired-invitations", FixedDelay.of(Duration.ofHours(6)))
                .execute((instance, context) -> invitations.getObject().forgetExpired());
    }
}
