package de.offenekommune.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

import de.offenekommune.platform.SignedInAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Replaces the authentication a session remembers by the account's current one, and ends sessions older
 * than their absolute lifetime. Lazy like Spring Security's own context: a request that never asks who is
 * signed in (a stylesheet, a public page) costs nothing; one that does costs one query by primary key.
 *
 * <p>Sessions are created anew at login (session fixation protection), so a session's creation time is
 * the time its user logged in.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    private final ObjectProvider<SignedInAccounts> accounts;
    private final Clock clock;
    private final Duration absoluteLifetime;

    CurrentAccountFilter(ObjectProvider<SignedInAccounts> accounts, Clock clock, Duration absoluteLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Supplier<SecurityContext> remembered = strategy.getDeferredContext();
        strategy.setDeferredContext(SingletonSupplier.of(() -> current(strategy, remembered.get(), request)));
        chain.doFilter(request, response);
    }

    private SecurityContext current(SecurityContextHolderStrategy strategy, SecurityContext remembered,
            HttpServletRequest request) {
        Authentication authentication = remembered.getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return remembered;
        }
        HttpSession session = request.getSession(false);
        Optional<Authentication> current = outlived(session) ? Optional.empty()
                : Optional.ofNullable(accounts.getIfAvailable()).map(a -> a.current(authentication)).orElse(Optional.of(authentication));
        if (current.isEmpty()) {
            if (session != null) {
                session.invalidate();
            }
            return strategy.createEmptyContext();
        }
        if (current.get() == authentication) {
            return remembered;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(current.get());
        return context;
    }

    private boolean outlived(HttpSession session) {
        return session != null
                && Instant.ofEpochMilli(session.getCreationTime()).plus(absoluteLifetime).isBefore(clock.instant());
    }
}
