package de.offenekommune.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.event.Event;

/**
 * An event's seat lock (its tally row) held by a transaction of its own until closed, as a stuck request or
 * an operator in psql would hold it.
 */
public final class SeatLock implements AutoCloseable {

    private final Connection connection;

    public SeatLock(ApplicationContext context, Event event) throws SQLException {
        context.getBean(JdbcClient.class).sql("""
                        insert into registration_tally (event_id, event_ends_at)
                        values (:event, now() + interval '30 days')
                        on conflict (event_id) do nothing
                        """)
                .param("event", event.id().value())
                .update();
        connection = context.getBean(DataSource.class).getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select seats_taken from registration_tally where event_id = ? for update")) {
            lock.setObject(1, event.id().value());
            lock.executeQuery().close();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
