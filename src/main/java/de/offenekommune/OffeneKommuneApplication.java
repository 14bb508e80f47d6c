package de.offenekommune;

import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import de.offenekommune.platform.database.DatabaseCommand;
import de.offenekommune.platform.database.EarlyEmbeddedPostgres;

/**
 * Offene Kommune: open-government events for German municipalities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OffeneKommuneApplication {

    /** Starts the platform, or runs {@code backup <file>} / {@code restore <file>} (see the README) and ends. */
    public static void main(String[] args) {
        Optional<Integer> command = DatabaseCommand.run(args);
        if (command.isPresent()) {
            System.exit(command.get());
        }
        SpringApplication application = new SpringApplication(OffeneKommuneApplication.class);
        application.addListeners(new EarlyEmbeddedPostgres());
        application.run(args);
    }
}
