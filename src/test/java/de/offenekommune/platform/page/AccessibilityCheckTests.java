package de.offenekommune.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class AccessibilityCheckTests {

    @Test
    void reads_the_summary_the_build_put_into_the_application() {
        // GIVEN
        ByteArrayResource summary = new ByteArrayResource("""
                checkedAt=2026-12-05T19:38:09.813295513Z
                pageStates=412
                violations=0
                """.getBytes(StandardCharsets.ISO_8859_1));

        // WHEN
        AccessibilityCheck check = new AccessibilityCheck(summary);

        // THEN
        assertThat(check.last()).contains(new AccessibilityCheck.Summary(LocalDate.of(2026, 12, 5), 412, 0));
    }

    @Test
    void a_build_without_the_browser_tests_has_no_check_to_show() {
        assertThat(new AccessibilityCheck(new ClassPathResource("no-such-summary.properties")).last()).isEmpty();
    }
}
