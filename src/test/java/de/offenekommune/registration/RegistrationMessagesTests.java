package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import de.offenekommune.registration.internal.Availability;

/**
 * Keys that templates build from enum names, and the literal keys of mail templates ({@code mail.t}),
 * which the platform's bundle test does not see.
 */
class RegistrationMessagesTests {

    private static final Pattern MAIL_KEY = Pattern.compile("mail\\.t\\(\"([A-Za-z0-9_.-]+)\"");

    @Test
    void every_key_built_from_a_state_reason_or_status_exists_in_both_languages() throws IOException {
        for (String language : new String[] {"de", "en"}) {
            Properties messages = load("messages/registration_" + language + ".properties");
            TreeSet<String> missing = new TreeSet<>();
            for (RegistrationState state : RegistrationState.values()) {
                require(messages, missing, state.messageKey(), "registration.personal." + state.name());
            }
            for (RegistrationLinkException.Reason reason : RegistrationLinkException.Reason.values()) {
                require(messages, missing, "registration.link." + reason + ".title", "registration.link." + reason + ".text");
            }
            for (Availability.Status status : Availability.Status.values()) {
                require(messages, missing, status.messageKey(), "registration.api.closed." + status.name());
            }
            for (String action : new String[] {"cancel", "delete"}) {
                require(messages, missing, "registration.action." + action, "registration.action." + action + ".title",
                        "registration.action." + action + ".text");
            }
            for (String action : new String[] {"cancel", "to-seat", "to-waitlist"}) {
                require(messages, missing, "registration.manage.done." + action);
            }
            assertThat(missing).as("missing in %s", language).isEmpty();
        }
    }

    @Test
    void every_key_a_mail_template_uses_exists() throws IOException {
        Properties known = new Properties();
        // Mails of every capability: all German bundles.
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.filter(path -> path.toString().endsWith("_de.properties")).toList()) {
                known.putAll(load("messages/" + bundle.getFileName()));
            }
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String root : new String[] {"src/main/jte", "src/main/jte-text"}) {
            try (Stream<Path> templates = Files.walk(Path.of(root))) {
                for (Path template : templates.filter(RegistrationMessagesTests::isMailTemplate).toList()) {
                    Matcher matcher = MAIL_KEY.matcher(Files.readString(template));
                    while (matcher.find()) {
                        if (!known.containsKey(matcher.group(1))) {
                            missing.add(matcher.group(1) + " (" + template + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Mail templates sit in a {@code mail} folder of their capability. */
    private static boolean isMailTemplate(Path path) {
        return path.toString().endsWith(".jte") && path.getParent().getFileName().toString().equals("mail");
    }

    private static void require(Properties messages, TreeSet<String> missing, String... keys) {
        for (String key : keys) {
            if (!messages.containsKey(key)) {
                missing.add(key);
            }
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
