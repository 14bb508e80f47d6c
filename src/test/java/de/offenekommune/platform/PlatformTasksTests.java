package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import de.offenekommune.IntegrationTest;

@IntegrationTest
class PlatformTasksTests {

    @Autowired
    @Qualifier("removeExpiredSessionsTask")
    RecurringTask<Void> removeExpiredSessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_recurring_task_removes_expired_sessions_and_keeps_live_ones() {
        String expired = session(1L);
        String live = session(Long.MAX_VALUE);

        removeExpiredSessions.execute(new TaskInstance<>(removeExpiredSessions.getName(), RecurringTask.INSTANCE), null);

        assertThat(exists(expired)).isFalse();
        assertThat(exists(live)).isTrue();
        jdbc.sql("delete from spring_session where primary_id = :id").param("id", live).update();
    }

    private String session(long expiryTime) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time)
                        values (:id, :id, 0, 0, 60, :expiry)
                        """)
                .param("id", id)
                .param("expiry", expiryTime)
                .update();
        return id;
    }

    private boolean exists(String id) {
        return jdbc.sql("select count(*) from spring_session where primary_id = :id").param("id", id)
                .query(Long.class).single() == 1;
    }
}
