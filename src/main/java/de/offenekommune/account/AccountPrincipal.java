package de.offenekommune.account;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import de.offenekommune.platform.ModuleInternal;
import de.offenekommune.platform.SignedInUser;

/**
 * The logged-in user as Spring Security sees it. Rights on organizations are looked up on each use
 * (see {@link OrganizationDirectory}), so a revoked membership takes effect at once.
 *
 * <p>After a login at the OpenID Connect provider it also carries the provider's ID token, which logout
 * hands back to the provider to end the session there too.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInUser, OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String email;
    private final String displayName;
    private final PlatformRole role;
    private final boolean enabled;
    private final boolean localPassword;
    private final TwoFactorState twoFactor;
    private final OidcIdToken idToken;
    private String passwordHash;

    /** Whether the account has a confirmed second factor, and whether an administrator demands a new one. */
    public record TwoFactorState(boolean active, boolean demanded) implements java.io.Serializable {
        static final TwoFactorState NONE = new TwoFactorState(false, false);
    }

    AccountPrincipal(UserId id, String email, String displayName, PlatformRole role, boolean enabled,
            String passwordHash) {
        this(id, email, displayName, role, enabled, passwordHash, TwoFactorState.NONE, null);
    }

    AccountPrincipal(UserId id, String email, String displayName, PlatformRole role, boolean enabled,
            String passwordHash, TwoFactorState twoFactor, OidcIdToken idToken) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.localPassword = passwordHash != null;
        this.twoFactor = twoFactor;
        this.idToken = idToken;
    }

    /** The same account as signed in at the OpenID Connect provider with {@code token}. */
    public AccountPrincipal withIdToken(OidcIdToken token) {
        return new AccountPrincipal(id, email, displayName, role, enabled, passwordHash, twoFactor, token);
    }

    /** Whether a password login of this account needs a code from the authenticator app too. */
    public boolean hasSecondFactor() {
        return twoFactor.active();
    }

    public TwoFactorState twoFactor() {
        return twoFactor;
    }

    /** Whether the account has a password of this platform (accounts of the OpenID Connect provider have none). */
    public boolean hasLocalPassword() {
        return localPassword;
    }

    /** Whether this session began with a login at the OpenID Connect provider. */
    public boolean signedInWithProvider() {
        return idToken != null;
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
    @ModuleInternal
    public UsernamePasswordAuthenticationToken toAuthentication() {
        eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
    }

    /** An authentication of a login at the OpenID Connect provider, with this account's rights. */
    public OAuth2AuthenticationToken toOidcAuthentication(String registrationId) {
        eraseCredentials();
        return new OAuth2AuthenticationToken(this, getAuthorities(), registrationId);
    }

    @Override
    public String getName() {
        return email;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public Map<String, Object> getClaims() {
        return getAttributes();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
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
