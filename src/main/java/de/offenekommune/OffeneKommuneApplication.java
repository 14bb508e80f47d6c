package de.offenekommune;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Offene Kommune: open-government events for German municipalities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OffeneKommuneApplication {

    public static void main(String[] args) {
        SpringApplication.run(OffeneKommuneApplication.class, args);
    }
}
