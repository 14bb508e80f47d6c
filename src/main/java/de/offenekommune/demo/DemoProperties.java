package de.offenekommune.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled {@code OK_DEMO_ENABLED}: load demo content on first start; when unset, only with the
 *                embedded database
 */
@ConfigurationProperties("ok.demo")
record DemoProperties(Boolean enabled) {
}
