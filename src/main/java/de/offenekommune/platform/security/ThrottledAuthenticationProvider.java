package de.offenekommune.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import de.offenekommune.platform.LoginFailuresRepeated;
import de.offenekommune.platform.RateLimiter;

/**
 * Password login with throttling that slows guessing down without locking the owner out (after OWASP's
 * authentication cheat sheet and ASVS 5.0 V6.3: no hard account lockout that anyone could trigger):
 * <ul>
 * <li>one network address and one email: 5 failures in 15 minutes, then the pair waits for the rest of the
 * quarter hour; 10 in an hour make it wait for the hour, 20 in a day for the day: growing delays;</li>
 * <li>one network address and any emails: 50 failures in 15 minutes stop that address;</li>
 * <li>one email from all addresses: after 10 failures in 15 minutes, addresses that already failed for it
 * wait, while an address without failures (the owner at their desk) is still let in with the right
 * password. The owner is told by mail, once a day at most.</li>
 * </ul>
 * Unknown and known emails are counted and answered alike, so the throttle tells nobody whether an
 * account exists. A throttled attempt is not counted and its password not checked.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    record Limit(int failures, Duration window) {
    }

    static final List<Limit> PER_ADDRESS_AND_EMAIL = List.of(
            new Limit(5, Duration.ofMinutes(15)), new Limit(10, Duration.ofHours(1)), new Limit(20, Duration.ofDays(1)));
    static final Limit PER_ADDRESS = new Limit(50, Duration.ofMinutes(15));
    static final Limit PER_EMAIL = new Limit(10, Duration.ofMinutes(15));
    static final Duration ALERT_INTERVAL = Duration.ofDays(1);

    private final AuthenticationProvider delegate;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, RateLimiter rateLimiter,
            ApplicationEventPublisher events, Clock clock) {
        this.delegate = delegate;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        String pair = email + "\n" + address;
        if (isThrottled(email, address, pair)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            rateLimiter.reset("login-pair", pair);
            return result;
        } catch (BadCredentialsException e) {
            countFailure(email, address, pair);
            throw e;
        }
    }

    private boolean isThrottled(String email, String address, String pair) {
        if (exhausted("login-address", address, PER_ADDRESS)) {
            return true;
        }
        for (Limit limit : PER_ADDRESS_AND_EMAIL) {
            if (exhausted("login-pair", pair, limit)) {
                return true;
            }
        }
        return exhausted("login-email", email, PER_EMAIL)
                && exhausted("login-pair", pair, new Limit(1, PER_EMAIL.window()));
    }

    private void countFailure(String email, String address, String pair) {
        for (Limit limit : PER_ADDRESS_AND_EMAIL) {
            rateLimiter.tryAcquire("login-pair", pair, limit.failures(), limit.window());
        }
        rateLimiter.tryAcquire("login-address", address, PER_ADDRESS.failures(), PER_ADDRESS.window());
        boolean underAttack = !rateLimiter.tryAcquire("login-email", email, PER_EMAIL.failures() - 1, PER_EMAIL.window());
        if (underAttack && rateLimiter.tryAcquire("login-alert", email, 1, ALERT_INTERVAL)) {
            events.publishEvent(new LoginFailuresRepeated(email, clock.instant(), PER_EMAIL.failures(), PER_EMAIL.window()));
        }
    }

    private boolean exhausted(String scope, String key, Limit limit) {
        return rateLimiter.isExhausted(scope, key, limit.failures(), limit.window());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static final class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("Too many failed logins");
        }
    }
}
