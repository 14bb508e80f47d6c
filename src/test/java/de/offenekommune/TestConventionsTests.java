package de.offenekommune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Rules for tests that share one application context.
 */
class TestConventionsTests {

    @Test
    void no_test_swaps_the_csrf_repository_of_the_shared_context() throws IOException {
        // spring-security-test's csrf() replaces the cookie-based token repository for every later test;
        // FormTokens sends a real token instead.
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            List<Path> offenders = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.endsWith(Path.of("TestConventionsTests.java")))
                    .filter(path -> read(path).contains("SecurityMockMvcRequestPostProcessors.csrf"))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void browser_and_concurrency_tests_carry_the_tag_that_runs_them_in_the_failsafe_phase() throws IOException {
        // surefire leaves out these tags and failsafe runs only them (pom.xml): an untagged browser test would
        // run in the fast phase.
        Pattern slow = Pattern.compile(".*\\.browser\\.[A-Za-z]+Tests|.*\\.(TwoCopies[A-Za-z]*|[A-Za-z]*RushTests|[A-Za-z]*CrashTests)");
        Path root = Path.of("src", "test", "java");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> slowTests = files.map(path -> root.relativize(path).toString())
                    .filter(name -> name.endsWith("Tests.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()).replace(java.io.File.separatorChar, '.'))
                    .filter(name -> slow.matcher(name).matches())
                    .toList();
            assertThat(slowTests).contains("de.offenekommune.browser.ReflowTests",
                    "de.offenekommune.registration.RegistrationRushTests");
            assertThat(slowTests).allSatisfy(name -> assertThat(AnnotationSupport
                    .findRepeatableAnnotations(Class.forName(name), Tag.class).stream().map(Tag::value))
                    .as(name).containsAnyElementsOf(Set.of("browser", "concurrency")));
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
