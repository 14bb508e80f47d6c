package de.offenekommune.account.internal;

import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.SignedInAccounts;

/**
 * Reads a logged-in account afresh for each request: a changed role applies at once, and a disabled or
 * deleted account is signed out. Rights on organizations are looked up on each use anyway
 * (see {@link OrganizationDirectory}).
 */
@Component
class CurrentAccounts implements SignedInAccounts {

    private final UserAccounts accounts;

    CurrentAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> current(Authentication remembered) {
        if (!(remembered.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.of(remembered);
        }
        return accounts.findPrincipal(principal.id())
                .filter(AccountPrincipal::isEnabled)
                .map(current -> {
                    Authentication authentication = remembered instanceof OAuth2AuthenticationToken oidc
                            ? current.withIdToken(principal.getIdToken()).toOidcAuthentication(oidc.getAuthorizedClientRegistrationId())
                            : current.toAuthentication();
                    ((AbstractAuthenticationToken) authentication)
                            .setDetails(remembered.getDetails());
                    return authentication;
                });
    }
}
