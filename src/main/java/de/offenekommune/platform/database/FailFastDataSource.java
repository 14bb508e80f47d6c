package de.offenekommune.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, failing fast while the database is unreachable: a connection that could not be made
 * within the pool's connection timeout, or a connection lost while in use, marks the database unreachable
 * (a pool that is merely busy, every connection in use, does not). From then on every request for a connection is refused at once, and a
 * background probe tries to connect once per {@link #PROBE_INTERVAL} until the database answers again, so
 * that no request waits for the connection timeout during an outage.
 */
final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now. */
    private static final Set<String> LOST = Set.of("57P01", "57P02", "57P03");

    private final DatabaseReachability reachability;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean closed;

    FailFastDataSource(DataSource pool, DatabaseReachability reachability) {
        super(pool);
        this.reachability = reachability;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(null, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    private Connection connect(String username, String password) throws SQLException {
        if (reachability.isUnreachable()) {
            probeInBackground();
            throw new SQLTransientConnectionException("The database is unreachable", "08001");
        }
        try {
            return username == null ? obtainTargetDataSource().getConnection()
                    : obtainTargetDataSource().getConnection(username, password);
        } catch (SQLTransientConnectionException e) {
            // The pool names its last failure to connect as the cause; without one, it was only busy.
            if (e.getCause() != null) {
                reachability.failed(e.getCause());
                probeInBackground();
            }
            throw e;
        }
    }

    /**
     * An error on a connection in use: when it says the connection was lost (SQLSTATE class 08, or the
     * server shutting down), the database counts as unreachable until the probe reaches it, which takes
     * moments if only that one connection was lost.
     */
    void noticeFailure(SQLException failure) {
        String state = failure.getSQLState();
        if (state != null && (state.startsWith("08") || LOST.contains(state))) {
            reachability.failed(failure);
            probeInBackground();
        }
    }

    private void probeInBackground() {
        if (!closed && probing.compareAndSet(false, true)) {
            Thread probe = new Thread(this::probe, "database-probe");
            probe.setDaemon(true);
            probe.start();
        }
    }

    private void probe() {
        try {
            while (reachability.isUnreachable() && !closed) {
                // A round trip: the pool may hand out a connection it has not checked yet.
                try (Connection connection = obtainTargetDataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                    reachability.reached();
                } catch (SQLException e) {
                    Thread.sleep(PROBE_INTERVAL.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            probing.set(false);
        }
    }

    /** Closes the pool with the application context. */
    @Override
    public void close() throws Exception {
        closed = true;
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
