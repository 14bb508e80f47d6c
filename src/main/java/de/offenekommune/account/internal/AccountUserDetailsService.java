package de.offenekommune.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.UserAccounts;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        // Accounts of the OpenID Connect provider have no password here and cannot log in with one.
        return accounts.findPrincipalByEmail(email.trim())
                .filter(AccountPrincipal::hasLocalPassword)
                .orElseThrow(() -> new UsernameNotFoundException("No account with this email"));
    }
}
