package de.offenekommune.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/**
 * Whether the database answered the last attempt to connect. While it does not, requests that need it
 * are refused at once ({@link FailFastDataSource}) and pages kept from before are served instead.
 */
@NamedInterface("database")
public final class DatabaseReachability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    private volatile boolean unreachable;

    public boolean isUnreachable() {
        return unreachable;
    }

    void failed(Throwable reason) {
        if (!unreachable) {
            unreachable = true;
            log.warn("The database is unreachable; requests that need it get 503 until it answers again: {}",
                    reason.getMessage());
        }
    }

    void reached() {
        if (unreachable) {
            unreachable = false;
            log.info("The database is reachable again");
        }
    }
}
