package de.offenekommune.platform;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Cleaning up of the platform, run by db-scheduler in one application copy at a time (Spring Session's
 * own cleanup is switched off: it would run in every copy).
 */
@Configuration(proxyBeanMethods = false)
class PlatformTasks {

    @Bean
    RecurringTask<Void> forgetOldRateLimitWindowsTask(ObjectProvider<RateLimiter> limiter) {
        return Tasks.recurring("forget-old-rate-limit-windows", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> limiter.getObject().forgetOldWindows());
    }

    @Bean
    RecurringTask<Void> removeExpiredSessionsTask(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        return Tasks.recurring("remove-expired-sessions", FixedDelay.of(Duration.ofMinutes(15)))
                .execute((instance, context) -> sessions.getObject().cleanUpExpiredSessions());
    }
}
