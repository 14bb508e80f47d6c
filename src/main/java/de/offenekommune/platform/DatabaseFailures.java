package de.offenekommune.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures of the database that pass by themselves: it is unreachable or lost the connection, a row stayed
 * locked longer than the lock timeout, a statement ran into the statement timeout. Nothing of the
 * transaction was written; the same request may simply be sent again later (HTTP 503 with Retry-After).
 */
public final class DatabaseFailures {

    /**
     * PostgreSQL's SQLSTATEs of such failures, by class (two characters) or in full: connection exceptions,
     * lock not available, query cancelled (statement timeout), deadlock and serialization failures,
     * insufficient resources, operator intervention (shutdown, restart).
     */
    private static final Set<String> STATES = Set.of("08", "53", "55P03", "57014", "57P01", "57P02", "57P03",
            "40001", "40P01");

    private DatabaseFailures() {
    }

    public static boolean isTemporary(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof PessimisticLockingFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5
                    && (STATES.contains(sql.getSQLState()) || STATES.contains(sql.getSQLState().substring(0, 2)))) {
                return true;
            }
        }
        return false;
    }
}
