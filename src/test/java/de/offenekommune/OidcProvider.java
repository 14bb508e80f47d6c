package de.offenekommune;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on a free loopback port (discovery, authorization, token, user info, JWKS
 * and end-session endpoints), started once per test JVM, and the settings that point the application at it.
 */
public final class OidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "kommune";
    public static final String CLIENT_ID = "offene-kommune";
    public static final String NAME = "Kommunalverbund-Login";

    private static final MockOAuth2Server SERVER = start();

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    public static String issuer() {
        return SERVER.issuerUrl(ISSUER).toString();
    }

    /** The person who logs in next, as the provider describes them in the ID token and at the user info endpoint. */
    public static void nextLogin(String subject, Map<String, Object> claims) {
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "ok.oidc.issuer=" + issuer(),
                "ok.oidc.client-id=" + CLIENT_ID,
                "ok.oidc.client-secret=geheim",
                "ok.oidc.name=" + NAME,
                "ok.oidc.groups-claim=groups",
                "ok.oidc.role-mapping=ok-admins=ADMIN, ok-moderation=MODERATOR",
                "ok.oidc.organization-claim=organisationen")
                .applyTo(context);
    }
}
