package de.offenekommune.comment.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Background work of the discussion, run by db-scheduler in whichever application copy is free. */
@Configuration(proxyBeanMethods = false)
class CommentTasks {

    static final String RETENTION = "comment-retention";

    @Bean
    RecurringTask<Void> commentRetentionTask(CommentRetention retention) {
        return Tasks.recurring(RETENTION, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> retention.run());
    }
}
