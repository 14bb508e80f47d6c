package de.offenekommune.pagestore.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import de.offenekommune.platform.web.PublicCaching;

/**
 * Empties {@link RenderedPages} when something public pages show may have changed: in this copy right
 * after every committed read-write transaction of Spring's transaction manager (before the request that
 * made it answers), and whenever any application copy (or anyone else) commits a change to those
 * tables, whose triggers send {@code NOTIFY ok_public_change} (migration V42). One
 * connection of the pool stays with this listener. While it is not listening, nothing is kept, since a
 * change could go unnoticed; every (re)connect starts from an empty store.
 */
@Component
public class PublicChangeListener implements SmartLifecycle, Runnable, TransactionExecutionListener {

    static final String CHANNEL = "ok_public_change";
    private static final Logger log = LoggerFactory.getLogger(PublicChangeListener.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final RenderedPages pages;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public PublicChangeListener(DataSource dataSource, RenderedPages pages) {
        this.dataSource = dataSource;
        this.pages = pages;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this, "public-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        closeConnection();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()
                && !PublicCaching.PRIVATE_TRANSACTION.equals(transaction.getTransactionName())) {
            pages.clear();
        }
    }

    @Override
    public void run() {
        while (running) {
            try (Connection listening = dataSource.getConnection()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                pages.signalled(true);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(10_000);
                    if (received != null && received.length > 0) {
                        pages.clear();
                    }
                }
            } catch (SQLException e) {
                pages.signalled(false);
                if (running) {
                    log.warn("Listening for changes of public pages failed, retrying in {}: {}", RETRY, e.getMessage());
                    pause();
                }
            } finally {
                pages.signalled(false);
                connection = null;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeConnection() {
        Connection current = connection;
        if (current != null) {
            try {
                current.abort(Runnable::run);
            } catch (SQLException e) {
                log.debug("Closing the listening connection", e);
            }
        }
    }
}
