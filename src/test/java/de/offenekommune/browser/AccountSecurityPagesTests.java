package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.browser.Organizers.Organizer;

/**
 * The pages of this hardening as people see them: API tokens with their validity on the account page, and
 * the login when it is throttled, at a phone's and a desktop's width.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountSecurityPagesTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    Organizer organizer;

    @BeforeAll
    void organizerWithTokens() {
        organizer = new Organizers(fixtures).create();
        tokens.issue(organizer.principal().id(), "Redaktionssystem der Stadt", Duration.ofDays(180));
        tokens.issue(organizer.principal().id(), "Alter Veranstaltungskalender", Duration.ofDays(7));
        jdbc.sql("""
                        update api_token
                           set expires_at = now() - interval '3 days'
                         where user_id = :owner
                           and name = 'Alter Veranstaltungskalender'
                        """)
                .param("owner", organizer.principal().id().value())
                .update();
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void the_token_list_with_validities_reads_well_and_has_no_accessibility_violations(int width, Page page) {
        // GIVEN
        page.setViewportSize(width, 900);
        organizer.logIn(page);

        // WHEN
        Response response = page.navigate("/account");

        // THEN
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("tbody").innerText()).contains("Abgelaufen", "Noch nie");
        assertThat(page.getByLabel("Gültigkeit").isVisible()).isTrue();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling of the page")
                .isLessThanOrEqualTo(width);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("account-tokens-" + width + ".png")));
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void a_token_without_a_name_gets_a_field_error_without_accessibility_violations(Page page) {
        organizer.logIn(page);
        page.navigate("/account");
        page.getByLabel("Gültigkeit").selectOption("30");

        Response response = page.waitForResponse("**/account/tokens",
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neuen API-Schlüssel erstellen")).click());

        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#validity").inputValue()).as("choice kept").isEqualTo("30");
        AccessibilityAudit.assertNoViolations(page);
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void the_throttled_login_reads_well_and_has_no_accessibility_violations(int width, Page page) {
        // GIVEN five wrong passwords for one email from this browser
        page.setViewportSize(width, 900);
        String email = "gesperrt-" + width + "-" + System.nanoTime() + "@example.org";
        Response response = null;
        for (int i = 0; i < 6; i++) {
            page.navigate("/login?lang=de");
            page.getByLabel("E-Mail-Adresse").fill(email);
            page.getByLabel("Passwort").fill("Falsches-Passwort-2026");
            response = page.waitForResponse("**/login",
                    () -> page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON).click());
        }

        // THEN the sixth attempt is held back, with a message people understand
        assertThat(response.status()).isEqualTo(429);
        assertThat(page.locator("#login-error").innerText()).contains("Bitte warten Sie eine Viertelstunde");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("login-throttled-" + width + ".png")));
        AccessibilityAudit.assertNoViolations(page);
    }

    @ParameterizedTest
    @ValueSource(ints = {320, 375})
    void the_secret_to_type_into_the_app_breaks_between_its_groups_of_four_on_a_phone(int width, Page page) {
        // GIVEN an organizer setting up the second factor on a phone
        page.setViewportSize(width, 900);
        organizer.logIn(page);

        // WHEN
        page.navigate("/account/two-factor");

        // THEN every group of the secret stays on one line, so that nobody types a group split in two
        String secret = page.locator("#secret").innerText();
        assertThat(secret).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        @SuppressWarnings("unchecked")
        java.util.List<String> split = (java.util.List<String>) page.evaluate("""
                () => {
                  const text = document.querySelector('#secret').firstChild;
                  const split = [];
                  for (const match of text.textContent.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(text, match.index);
                    range.setEnd(text, match.index + match[0].length);
                    if (range.getClientRects().length > 1) split.push(match[0]);
                  }
                  return split;
                }""");
        assertThat(split).isEmpty();
        // AND a phone cannot scan its own screen, so the key also opens the authenticator app directly
        String link = page.locator("#open-in-app").getAttribute("href");
        assertThat(link).startsWith("otpauth://totp/").contains("secret=" + secret.replace(" ", ""));
        LayoutChecks.assertNoSidewaysScrolling(page);
        AccessibilityAudit.assertNoViolations(page);
    }
}
