package de.offenekommune.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * Published when the failed logins for one email address from all network addresses reach the point where
 * the login throttle holds back further guesses, at most once a day per email address: the account's owner
 * should hear of it. Nothing about the addresses that tried is passed on.
 *
 * @param email            as typed at the login (trimmed, lower case); there may be no account with it
 * @param failuresInWindow how many failures set this off, within {@code window}
 */
public record LoginFailuresRepeated(String email, Instant at, int failuresInWindow, Duration window) {
}
