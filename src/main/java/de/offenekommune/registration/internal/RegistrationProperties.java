package de.offenekommune.registration.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param confirmationTime how long a registration holds its seat (or waitlist place) until the address is confirmed
 * @param expiryCheck      how often unconfirmed registrations are expired and their seats passed on
 * @param retention        how long after the end of an event the participants' data is kept
 * @param perAddress       registrations one network address may submit per {@code window} (form and API together)
 * @param perEmail         registrations one email address may receive per {@code window}
 * @param window           the rate-limit window
 * @param reminderCheck    how often due reminders before events are queued
 * @param lockTimeout      how long a change of seats waits for the event's seat lock before it is refused with 503
 */
@ConfigurationProperties("ok.registration")
public record RegistrationProperties(
        @DefaultValue("PT24H") Duration confirmationTime,
        @DefaultValue("PT1M") Duration expiryCheck,
        @DefaultValue("P30D") Duration retention,
        @DefaultValue("30") int perAddress,
        @DefaultValue("5") int perEmail,
        @DefaultValue("PT10M") Duration window,
        @DefaultValue("PT5S") Duration lockTimeout,
        @DefaultValue("PT1M") Duration reminderCheck) {
}
