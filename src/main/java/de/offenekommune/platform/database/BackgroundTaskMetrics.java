package de.offenekommune.platform.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.DatabaseGauge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How late the background tasks (db-scheduler, shared by all copies) run: the longest a due task has
 * waited to be picked, and how many are due. db-scheduler's own meters add run times per task.
 */
@Component
class BackgroundTaskMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    BackgroundTaskMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        DatabaseGauge.register(registry, "ok.tasks.lag",
                "How long the most overdue task not yet picked has been due, 0 when none", "seconds",
                () -> jdbc.sql("""
                                select coalesce(extract(epoch from now() - min(execution_time)), 0)
                                  from scheduled_tasks
                                 where picked = false
                                   and execution_time <= now()
                                """)
                        .query(Double.class).single());
        DatabaseGauge.register(registry, "ok.tasks.due", "Tasks due and not yet picked", null,
                () -> jdbc.sql("""
                                select count(*)
                                  from scheduled_tasks
                                 where picked = false
                                   and execution_time <= now()
                                """)
                        .query(Long.class).single());
    }
}
