package de.offenekommune.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Login at the OpenID Connect provider named by {@code ok.oidc.issuer}; without it, nothing of this exists and
 * the platform never contacts a provider. The provider's discovery document is read at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ok.oidc.issuer")
class OidcConfiguration {

    /** The registration's id, part of the login path {@code /oauth2/authorization/oidc}. */
    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuer().toString())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes())
                .clientName(properties.name())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Tokens of the provider are needed only during login; the session keeps them, not the memory of one copy. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Turns the provider's person into this platform's account (see {@link ProviderAccounts}). */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> providerUsers(OidcProperties properties, ProviderAccounts accounts) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            String email = person.getEmail();
            if (email == null || email.isBlank() || Boolean.FALSE.equals(person.getEmailVerified())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("ok_no_email"));
            }
            String name = firstOf(person.getFullName(), person.getPreferredUsername(), email);
            Optional<List<String>> organizations = Optional.ofNullable(properties.organizationClaim())
                    .filter(claim -> !claim.isBlank())
                    .map(claim -> OidcProperties.values(person.getClaims().get(claim)));
            ProviderAccounts.Identity identity = new ProviderAccounts.Identity(
                    person.getIssuer() + "#" + person.getSubject(), email.strip(), name,
                    properties.roleFor(OidcProperties.values(person.getClaims().get(properties.groupsClaim()))),
                    organizations);
            return accounts.signIn(identity).withIdToken(person.getIdToken());
        };
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }
}
