package de.offenekommune.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The README's two examples of a municipal relay, read as Spring Boot reads environment variables. */
class MailConfigurationTests {

    @Test
    void port_587_with_starttls_as_the_readme_shows_it() {
        MailProperties mail = bind(Map.of(
                "SPRING_MAIL_HOST", "mail.wuppertal.de",
                "SPRING_MAIL_PORT", "587",
                "SPRING_MAIL_USERNAME", "veranstaltungen",
                "SPRING_MAIL_PASSWORD", "geheim",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED", "true"));

        assertThat(mail.getHost()).isEqualTo("mail.wuppertal.de");
        assertThat(mail.getPort()).isEqualTo(587);
        assertThat(mail.getUsername()).isEqualTo("veranstaltungen");
        assertThat(mail.getProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true");
    }

    @Test
    void port_465_with_tls_as_the_readme_shows_it() {
        MailProperties mail = bind(Map.of(
                "SPRING_MAIL_HOST", "mail.wuppertal.de",
                "SPRING_MAIL_PORT", "465",
                "SPRING_MAIL_SSL_ENABLED", "true"));

        assertThat(mail.getPort()).isEqualTo(465);
        assertThat(mail.getSsl().isEnabled()).isTrue();
    }

    private static MailProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bind("spring.mail", MailProperties.class).get();
    }
}
