package de.offenekommune.account.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start when no account with this email exists yet
 * ({@code OK_ADMIN_EMAIL}, {@code OK_ADMIN_PASSWORD}, {@code OK_ADMIN_NAME}), and an optional API token
 * for automation ({@code OK_ADMIN_API_TOKEN}).
 */
@ConfigurationProperties("ok.admin")
record AdminBootstrapProperties(
        String email,
        String password,
        @DefaultValue("Administration") String name,
        String apiToken) {
}
