package de.offenekommune.platform.database;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * How the application holds its database connections, embedded or external: no statement runs longer
 * than {@code ok.database.statement-timeout}, and while the database is unreachable requests fail at once
 * ({@link FailFastDataSource}) instead of each waiting for the pool's connection timeout. Migrations are
 * exempt from the statement timeout: Flyway connects on its own, outside the pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConnections {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DatabaseReachability databaseReachability() {
        return new DatabaseReachability();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static PoolSettings failFastConnectionPool(Environment environment, DatabaseReachability reachability) {
        return new PoolSettings(environment, reachability);
    }

    @Bean
    FlywayConfigurationCustomizer migrationsOutsideThePool(DataSource dataSource) {
        return configuration -> {
            try {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            } catch (SQLException e) {
                // Not Hikari: Flyway uses the data source as it is.
            }
        };
    }

    /**
     * Runs before other post-processors, so that whatever wraps the data source later wraps this one (the
     * bean method names this type, so that Spring sees the priority before making it).
     */
    record PoolSettings(Environment environment, DatabaseReachability reachability)
            implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof HikariDataSource pool)) {
                return bean;
            }
            if (pool.getConnectionInitSql() == null) {
                Duration timeout = environment.getProperty("ok.database.statement-timeout", Duration.class,
                        Duration.ofSeconds(30));
                pool.setConnectionInitSql("set statement_timeout = " + timeout.toMillis());
            }
            FailFastDataSource failFast = new FailFastDataSource(pool, reachability);
            if (pool.getExceptionOverride() == null && pool.getExceptionOverrideClassName() == null) {
                // Hikari hears of every error on its connections: a lost connection is the first sign of an outage.
                pool.setExceptionOverride(new LostConnectionWatch(failFast));
            }
            return failFast;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Tells the fail-fast pool of every error on a connection; Hikari decides about the connection as usual. */
    private record LostConnectionWatch(FailFastDataSource failFast) implements SQLExceptionOverride {

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException failure) {
            failFast.noticeFailure(failure);
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }
}
