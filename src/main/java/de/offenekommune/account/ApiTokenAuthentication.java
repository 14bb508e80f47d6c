package de.offenekommune.account;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import de.offenekommune.platform.ApiTokenVerifier;

@Component
class ApiTokenAuthentication implements ApiTokenVerifier {

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    ApiTokenAuthentication(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> verify(String token) {
        if (!token.startsWith(ApiTokens.PREFIX) && token.length() < 32) {
            return Optional.empty();
        }
        return tokens.findOwner(token)
                .flatMap(accounts::findById)
                .filter(UserAccount::enabled)
                .map(UserAccount::toPrincipal)
                .map(principal -> {
                    principal.eraseCredentials();
                    return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
                });
    }
}
