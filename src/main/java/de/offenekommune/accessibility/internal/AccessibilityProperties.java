package de.offenekommune.accessibility.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The feedback channel for accessibility barriers.
 *
 * @param feedbackEmail      who receives reported barriers; when unset, every enabled administrator
 * @param reportsPerAddress  reports one network address may send per {@code reportWindow}
 * @param maxVideoSize       the largest video in Deutsche Gebärdensprache the operator may upload; requests
 *                           are limited by {@code ok.max-request-size} as well
 */
@ConfigurationProperties("ok.accessibility")
record AccessibilityProperties(
        String feedbackEmail,
        @DefaultValue("5") int reportsPerAddress,
        @DefaultValue("PT1H") Duration reportWindow,
        @DefaultValue("15MB") DataSize maxVideoSize) {
}
