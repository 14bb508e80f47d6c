package de.offenekommune.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token presented to {@code /api/v1} into the authentication of its owner.
 */
public interface ApiTokenVerifier {

    /**
     * @return the owner's authentication, or empty when the token is unknown, revoked or its owner disabled
     * @throws org.springframework.security.authentication.CredentialsExpiredException when the token expired
     */
    Optional<Authentication> verify(String token);
}
