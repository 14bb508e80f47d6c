package de.offenekommune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

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

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
