package de.offenekommune.account;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import de.offenekommune.platform.SignedInUser;

/**
 * The logged-in user as Spring Security sees it. Rights on organizations are looked up on each use
 * (see {@link OrganizationDirectory}), so a revoked membership takes effect at once.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String email;
    private final String displayName;
    private final PlatformRole role;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(UserId id, String email, String displayName, PlatformRole role, boolean enabled,
            String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UserId id() {
        return id;
    }

    @Override
    public UUID userId() {
        return id.value();
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public PlatformRole role() {
        return role;
    }

    @Override
    public boolean isAdmin() {
        return role == PlatformRole.ADMIN;
    }

    public boolean isModerator() {
        return role == PlatformRole.MODERATOR || role == PlatformRole.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (isModerator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_MODERATOR"));
        }
        if (isAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** An authentication with this account's rights and without its password hash, e.g. for an API token. */
    UsernamePasswordAuthenticationToken toAuthentication() {
        eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + "]";
    }
}
