package de.offenekommune.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns the authentication a session remembers into the account's current one, so that rights are checked
 * per request against the current account state: a demoted account loses its rights and a disabled one its
 * session at its next request.
 */
public interface SignedInAccounts {

    /**
     * @return the authentication with the account's current rights, {@code remembered} itself for principals
     *         that are not accounts, or empty when the account may no longer sign in (disabled or deleted)
     */
    Optional<Authentication> current(Authentication remembered);
}
