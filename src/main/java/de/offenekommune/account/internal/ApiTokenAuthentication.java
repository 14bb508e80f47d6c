package de.offenekommune.account.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.ApiTokenVerifier;

/**
 * Authenticates API tokens with their owner's current rights, read afresh for every request: a disabled
 * owner's tokens stop working and a demoted owner's tokens lose their rights at once. The authentication's
 * details are the {@link ApiToken} used.
 */
@Component
class ApiTokenAuthentication implements ApiTokenVerifier {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenAuthentication(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Optional<Authentication> verify(String token) {
        if (!token.startsWith(ApiTokens.PREFIX) && token.length() < 32) {
            return Optional.empty();
        }
        Optional<ApiTokens.Use> use = tokens.use(token).filter(found -> found.owner().enabled());
        if (use.isPresent() && use.get().token().expiredAt(clock.instant())) {
            throw new CredentialsExpiredException("The API token expired at " + use.get().token().expiresAt());
        }
        return use.map(found -> {
            UsernamePasswordAuthenticationToken authentication = found.owner().toPrincipal().toAuthentication();
            authentication.setDetails(found.token());
            return authentication;
        });
    }
}
