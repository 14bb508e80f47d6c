package de.offenekommune;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as an IT department would run it: login at its OpenID Connect provider ({@link OidcProvider})
 * besides passwords, and a second factor demanded of administrators. One more application context, shared
 * by all tests with this annotation, on the same database as {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = OidcProvider.class)
@TestPropertySource(properties = "ok.admin.two-factor-required=true")
public @interface OperatorLoginTest {
}
