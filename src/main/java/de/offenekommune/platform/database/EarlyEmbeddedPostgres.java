package de.offenekommune.platform.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.modulith.NamedInterface;

/**
 * Starts the embedded PostgreSQL (when no external database is configured) in the background as soon as
 * the configuration is read, so that it comes up (on a new data folder: is created) while Spring wires the
 * application, instead of after most of that, when the data source is made and waits for it. The data
 * source takes this server ({@link EmbeddedPostgresServer#startOrReuse}); a start that failed is tried
 * again there and reports its error as before. Added by {@code main} only, so tests start theirs as needed.
 */
@NamedInterface("database-start")
public final class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (NoExternalDatabaseCondition.isEmbedded(event.getEnvironment())) {
            Binder.get(event.getEnvironment()).bind("ok.embedded-postgres", EmbeddedPostgresProperties.class)
                    .ifBound(EmbeddedPostgresServer::startInBackground);
        }
    }
}
