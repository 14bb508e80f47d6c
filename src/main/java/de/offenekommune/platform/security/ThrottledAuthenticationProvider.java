package de.offenekommune.platform.security;

import java.time.Duration;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import de.offenekommune.platform.RateLimiter;

/**
 * Password login with throttling per email and per address. Unknown and known emails are counted
 * and answered alike, so the throttle tells nobody whether an account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final int FAILURES_PER_EMAIL = 5;
    static final int FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuthenticationProvider delegate;
    private final RateLimiter rateLimiter;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, RateLimiter rateLimiter) {
        this.delegate = delegate;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (rateLimiter.isExhausted("login-email", email, FAILURES_PER_EMAIL, WINDOW)
                || rateLimiter.isExhausted("login-address", address, FAILURES_PER_ADDRESS, WINDOW)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            rateLimiter.reset("login-email", email);
            return result;
        } catch (BadCredentialsException e) {
            rateLimiter.tryAcquire("login-email", email, FAILURES_PER_EMAIL, WINDOW);
            rateLimiter.tryAcquire("login-address", address, FAILURES_PER_ADDRESS, WINDOW);
            throw e;
        }
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
