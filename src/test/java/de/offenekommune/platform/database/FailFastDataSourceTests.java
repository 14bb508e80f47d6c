package de.offenekommune.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool in front of an unreachable database refuses at once, and hands out connections again once it is back. */
class FailFastDataSourceTests {

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final DatabaseReachability reachability = new DatabaseReachability();
    private FailFastDataSource dataSource;

    @AfterEach
    void close() throws Exception {
        dataSource.close();
    }

    @Test
    void after_a_failure_to_connect_requests_are_refused_at_once_until_the_database_answers_again() throws Exception {
        // GIVEN a pool that could not connect within its timeout
        dataSource = new FailFastDataSource(pool(), reachability);
        down.set(true);
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("timed out");

        // WHEN a connection is asked for again
        // THEN it is refused without asking the pool
        assertThat(reachability.isUnreachable()).isTrue();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessage("The database is unreachable");

        // AND once the database answers, the probe notices and connections are handed out again
        down.set(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> !reachability.isUnreachable());
        assertThat(dataSource.getConnection()).isNotNull();
    }

    @Test
    void a_busy_pool_is_no_outage() throws Exception {
        // GIVEN a pool whose connections are all in use
        dataSource = new FailFastDataSource(pool(), reachability);
        busy.set(true);

        // WHEN a request times out waiting for one
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("timed out");

        // THEN the database still counts as reachable
        assertThat(reachability.isUnreachable()).isFalse();
    }

    @Test
    void a_connection_lost_in_use_marks_the_database_unreachable_until_the_probe_reaches_it() throws Exception {
        // GIVEN a reachable database
        dataSource = new FailFastDataSource(pool(), reachability);

        // WHEN a connection in use breaks as the server shuts down
        down.set(true);
        dataSource.noticeFailure(new SQLException("terminating connection due to administrator command", "57P01"));

        // THEN it counts as unreachable until the probe reaches it again
        assertThat(reachability.isUnreachable()).isTrue();
        down.set(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> !reachability.isUnreachable());

        // AND errors of a statement are no sign of an outage
        dataSource.noticeFailure(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(reachability.isUnreachable()).isFalse();
    }

    /** A pool like Hikari's: on timeout, the last failure to connect is the cause, none when merely busy. */
    private DataSource pool() throws SQLException {
        DataSource pool = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(connection.createStatement()).thenReturn(mock(Statement.class));
        when(pool.getConnection()).thenAnswer(invocation -> {
            if (down.get()) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out", "08001",
                        new SQLException("Connection refused", "08001"));
            }
            if (busy.get()) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out", "08001");
            }
            return connection;
        });
        return pool;
    }
}
