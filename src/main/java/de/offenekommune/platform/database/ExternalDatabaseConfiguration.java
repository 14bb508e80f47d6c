package de.offenekommune.platform.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import de.offenekommune.platform.DatabaseMode;

/**
 * The operator's PostgreSQL, configured with the standard {@code SPRING_DATASOURCE_*} variables.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.class)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
