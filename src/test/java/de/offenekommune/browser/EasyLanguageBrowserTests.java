package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;

/**
 * The page in Leichte Sprache (§ 4 BITV 2.0): linked with its pictogram from the header and the footer of
 * every page, reached by keyboard, explaining the platform, finding an event, registering and commenting;
 * German on the English site too; its text is the operator's to change, in German only.
 */
@BrowserTest
class EasyLanguageBrowserTests {

    private static final Locator.GetByRoleOptions LINK = new Locator.GetByRoleOptions().setName("Leichte Sprache");

    @Autowired
    TestFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_keyboard_user_finds_the_page_in_the_header_and_reads_how_the_platform_works(Page page) {
        // GIVEN someone on the list of events
        KeyboardUser user = new KeyboardUser(page);
        page.navigate("/impressum");

        // WHEN they follow the link with the pictogram in the header
        assertThat(page.locator("header").getByRole(AriaRole.LINK, LINK).locator(".kern-icon--easy-language").count())
                .isEqualTo(1);
        assertThat(page.locator("footer").getByRole(AriaRole.LINK, LINK).count()).isEqualTo(1);
        user.tabTo(page.locator("header").getByRole(AriaRole.LINK, LINK));
        user.pressAndWaitForNextPage("Enter");

        // THEN the page explains the platform and the three things people do on it
        assertThat(page.locator("h1").innerText()).isEqualTo("Leichte Sprache");
        assertThat(page.locator("main h2").allInnerTexts()).containsSubsequence("Was ist diese Internet·seite?",
                "So finden Sie eine Veranstaltung", "So melden Sie sich an", "So schreiben Sie einen Kommentar",
                "Hilfe und Barrieren");
        assertThat(page.locator("header").getByRole(AriaRole.LINK, LINK).getAttribute("aria-current")).isEqualTo("page");
        audit(page, "leichte-sprache");

        // AND on the English site the text stays German, and says so
        page.navigate("/leichte-sprache?lang=en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("main h2").first().evaluate("e => e.closest('[lang]').lang")).isEqualTo("de");
        audit(page, "leichte-sprache-en");
    }

    @Test
    void the_operator_writes_the_text_in_german_and_visitors_read_it(Page page) {
        try {
            // GIVEN an administrator at the editor of the page
            new Organizers(fixtures).createAdministrator().logIn(page);
            page.navigate("/admin/pages");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Leichte Sprache auf Englisch bearbeiten")).count()).isZero();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leichte Sprache auf Deutsch bearbeiten"))
                    .click();
            assertThat(page.getByLabel("Text (Markdown)").inputValue()).contains("# So melden Sie sich an");

            // WHEN they write their own text
            page.getByLabel("Text (Markdown)").fill("# Unsere Stadt\n\nHier finden Sie Treffen in unserer Stadt.");
            Response saved = page.waitForResponse(response -> response.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click());
            assertThat(saved.status()).as("answer to saving").isEqualTo(302);

            // THEN visitors read it, and there is no English one to edit
            page.navigate("/leichte-sprache");
            assertThat(page.locator("main h2").first().innerText()).isEqualTo("Unsere Stadt");
            assertThat(page.locator("main .kern-body--muted").innerText()).as("date of the text, as people write it")
                    .matches("Stand: \\d{1,2}\\. \\p{L}+ \\d{4}");
            Response english = page.navigate("/admin/pages/leichte-sprache/en");
            assertThat(english.status()).isEqualTo(404);
        } finally {
            jdbc.sql("delete from site_page where page = 'EASY_LANGUAGE'").update();
        }
    }

    /** axe-core at both widths, no sideways scrolling on a phone, and a screenshot of each. */
    private static void audit(Page page, String name) {
        for (int width : Screenshots.WIDTHS) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            LayoutChecks.assertNoSidewaysScrolling(page);
        }
        Screenshots.of(page, name);
        page.setViewportSize(1280, 900);
    }
}
