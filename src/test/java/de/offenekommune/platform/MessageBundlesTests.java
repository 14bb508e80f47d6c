package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * German and English must say the same things: a key in one bundle must be in the other, and every
 * literal key a template asks for must exist.
 */
class MessageBundlesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("ctx\\.t\\(\"([A-Za-z0-9_.-]+)\"\\s*[,)]");

    @Test
    void every_german_bundle_has_an_english_sibling_with_the_same_keys() throws IOException {
        Resource[] german = bundles("de");
        assertThat(german).hasSizeGreaterThanOrEqualTo(3);
        for (Resource de : german) {
            String name = de.getFilename().replace("_de.properties", "");
            Set<String> deKeys = keys(de);
            Set<String> enKeys = keys(new PathMatchingResourcePatternResolver()
                    .getResource("classpath:messages/" + name + "_en.properties"));
            assertThat(enKeys).as("keys of messages/%s_en.properties", name).containsExactlyInAnyOrderElementsOf(deKeys);
        }
        assertThat(bundles("en")).hasSameSizeAs(german);
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String language : new String[] {"de", "en"}) {
            for (Resource bundle : bundles(language)) {
                Properties properties = load(bundle);
                for (String key : properties.stringPropertyNames()) {
                    assertThat(properties.getProperty(key)).as("%s in %s", key, bundle.getFilename()).isNotBlank();
                }
            }
        }
    }

    @Test
    void messages_with_arguments_escape_apostrophes_for_message_format() throws IOException {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String language : new String[] {"de", "en"}) {
            for (Resource bundle : bundles(language)) {
                Properties properties = load(bundle);
                for (String key : properties.stringPropertyNames()) {
                    String message = properties.getProperty(key);
                    if (message.matches("(?s).*\\{[0-9].*")) {
                        assertThat(loneApostrophe.matcher(message).find())
                                .as("%s in %s has arguments, so an apostrophe must be written ''", key, bundle.getFilename())
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void every_literal_key_used_in_a_template_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (Resource bundle : bundles("de")) {
            known.addAll(keys(bundle));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src", "main", "jte"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + template.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Resource[] bundles(String language) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_" + language + ".properties");
    }

    private static Set<String> keys(Resource bundle) throws IOException {
        assertThat(bundle.exists()).as("%s exists", bundle.getDescription()).isTrue();
        return load(bundle).stringPropertyNames();
    }

    private static Properties load(Resource bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
