package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;

/** The audit must fail on real violations, and say where they are. No application involved. */
@Tag("browser")
@ExtendWith(BrowserPages.class)
class AccessibilityAuditTests {

    @Test
    void fails_with_rule_impact_selector_and_html_of_each_violation(Page page) {
        // GIVEN two form fields without a label and an image without text alternative
        page.setContent("""
                <!DOCTYPE html><html lang="de"><head><title>Kaputt</title></head>
                <body><main><h1>Kaputt</h1><input id="nameless" type="text"><input id="nameless-too" type="text">
                <img src="data:," id="mute"></main></body></html>""");

        // WHEN / THEN
        assertThatThrownBy(() -> AccessibilityAudit.assertNoViolations(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 accessibility violation(s)")
                .hasMessageContaining("- label [critical]")
                .hasMessageContaining("#nameless")
                .hasMessageContaining("<input id=\"nameless\" type=\"text\">")
                .hasMessageContaining("#nameless-too")
                .hasMessageContaining("- image-alt [critical]")
                .hasMessageContaining("#mute");
    }

    @Test
    void passes_an_accessible_page(Page page) {
        // GIVEN
        page.setContent("""
                <!DOCTYPE html><html lang="de"><head><title>Gut</title></head>
                <body><main><h1>Gut</h1><label for="name">Name</label><input id="name" type="text"></main></body></html>""");

        // WHEN / THEN
        assertThatCode(() -> AccessibilityAudit.assertNoViolations(page)).doesNotThrowAnyException();
    }
}
