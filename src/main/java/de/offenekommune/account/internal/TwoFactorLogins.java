package de.offenekommune.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.SecondFactorLogins;

/**
 * Which password logins wait for a code (accounts with a confirmed second factor), and the login that a
 * right code completes. A pending login expires after ten minutes.
 */
@Component
public class TwoFactorLogins implements SecondFactorLogins {

    static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);

    private final UserAccounts accounts;
    private final Clock clock;

    TwoFactorLogins(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public boolean required(Authentication passwordChecked) {
        return passwordChecked.getPrincipal() instanceof AccountPrincipal account && account.hasSecondFactor();
    }

    /** The account waiting for its code, if the pending login is still fresh. */
    public Optional<AccountPrincipal> waiting(Object pending) {
        return pending instanceof Pending login
                && login.since().plus(PENDING_VALIDITY).isAfter(clock.instant())
                && login.authentication().getPrincipal() instanceof AccountPrincipal account
                ? Optional.of(account) : Optional.empty();
    }

    /** The authentication of the account as it is now, once its code was right; empty if it was disabled meanwhile. */
    public Optional<Authentication> completed(Pending pending) {
        return waiting(pending).flatMap(account -> accounts.findPrincipal(account.id()))
                .filter(AccountPrincipal::isEnabled)
                .map(account -> {
                    AbstractAuthenticationToken authentication = account.toAuthentication();
                    authentication.setDetails(pending.authentication().getDetails());
                    return authentication;
                });
    }
}
