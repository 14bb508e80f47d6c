package de.offenekommune.accessibility;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The feedback channel for accessibility barriers.
 *
 * @param feedbackEmail      who receives reported barriers; when unset, every enabled administrator
 * @param reportsPerAddress  reports one network address may send per {@code reportWindow}
 */
@ConfigurationProperties("ok.accessibility")
public record AccessibilityProperties(
        String feedbackEmail,
        @DefaultValue("5") int reportsPerAddress,
        @DefaultValue("PT1H") Duration reportWindow) {
}
