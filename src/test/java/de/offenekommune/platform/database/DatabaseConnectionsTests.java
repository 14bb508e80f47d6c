package de.offenekommune.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;

/** What every pooled connection brings along, embedded or external. */
@IntegrationTest
class DatabaseConnectionsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_connection_of_the_pool_ends_statements_after_the_statement_timeout() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
    }
}
