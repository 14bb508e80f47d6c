package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.OidcProvider;
import de.offenekommune.OperatorLoginTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.account.web.TotpCodes;

/**
 * Single sign-on and the second factor in the browser, as the IT department would run them: an administrator
 * enrols and logs in with the keyboard alone, and an organizer goes through the provider and back, also at
 * logout. Every new page is audited with axe and photographed at 375 and 1280 px.
 */
@Tag("browser")
@OperatorLoginTest
@ExtendWith(BrowserPages.class)
class LoginSecurityBrowserTests {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private static void photograph(Page page, String name) {
        for (int width : List.of(375, 1280)) {
            page.setViewportSize(width, 900);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling of %s at %d px", name, width).isLessThanOrEqualTo(width);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Screenshots.FOLDER.resolve(name + "-" + width + ".png")));
        }
    }

    @Test
    void an_administrator_enrols_and_logs_in_with_the_second_factor_by_keyboard_alone(Page page) {
        Organizers.Organizer admin = new Organizers(fixtures).createAdministrator();
        KeyboardUser user = new KeyboardUser(page);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        clock.set(now);

        // The password login leads to the enrolment the operator demands
        page.navigate("/login?lang=de");
        user.tabTo(page.getByLabel("E-Mail-Adresse"));
        user.type(admin.email());
        user.tabTo(page.getByLabel("Passwort"));
        user.type(admin.password());
        user.pressAndWaitForNextPage("Enter");
        page.waitForURL("**/account/two-factor");
        assertThat(page.locator("#must-enrol").isVisible()).isTrue();
        assertThat(page.locator("img.ok-qr-code").isVisible()).isTrue();
        AccessibilityAudit.assertNoViolations(page);
        photograph(page, "two-factor-enrolment");
        page.setViewportSize(1280, 900);

        // A wrong code gets a field error, the right one the recovery codes
        String secret = page.locator("#secret").innerText();
        user.tabTo(page.getByLabel("Code aus der App"));
        user.type("123456");
        Response wrong = user.pressAndWaitForNextPage("Enter");
        assertThat(wrong.status()).isEqualTo(422);
        AccessibilityAudit.assertNoViolations(page);
        user.tabTo(page.getByLabel("Code aus der App"));
        user.type(TotpCodes.code(secret, now));
        Response enrolled = user.pressAndWaitForNextPage("Enter");
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(page.locator("#recovery-codes li").count()).isEqualTo(10);
        AccessibilityAudit.assertNoViolations(page);
        photograph(page, "two-factor-recovery-codes");
        page.setViewportSize(1280, 900);

        // Logged out and in again: the second step asks for the code
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausloggen")));
        user.pressAndWaitForNextPage("Enter");
        page.navigate("/login?lang=de");
        user.tabTo(page.getByLabel("E-Mail-Adresse"));
        user.type(admin.email());
        user.tabTo(page.getByLabel("Passwort"));
        user.type(admin.password());
        user.pressAndWaitForNextPage("Enter");
        page.waitForURL("**/login/code");
        assertThat(page.evaluate("document.activeElement.id")).as("the code field has the focus").isEqualTo("code");
        AccessibilityAudit.assertNoViolations(page);
        photograph(page, "two-factor-second-step");
        page.setViewportSize(1280, 900);

        user.type("000000");
        Response refused = user.pressAndWaitForNextPage("Enter");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(page.evaluate("document.activeElement.id")).as("focus on the message").isEqualTo("code-error");
        AccessibilityAudit.assertNoViolations(page);
        photograph(page, "two-factor-second-step-error");
        page.setViewportSize(1280, 900);

        clock.set(now.plusSeconds(30));
        user.tabTo(page.getByLabel("Code", EXACT));
        user.type(TotpCodes.code(secret, now.plusSeconds(30)));
        user.pressAndWaitForNextPage("Enter");
        page.waitForURL("**/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).isVisible()).isTrue();
    }

    @Test
    void an_organizer_logs_in_at_the_provider_and_logs_out_there_too(Page page) {
        var organization = fixtures.organization();
        String email = TestFixtures.unique("sso") + "@kommune.example";
        OidcProvider.nextLogin(UUID.randomUUID().toString(), Map.of("email", email, "email_verified", true,
                "name", "Bea Brandt", "groups", List.of(), "organisationen", List.of(organization.slug())));

        page.navigate("/login?lang=de");
        AccessibilityAudit.assertNoViolations(page);
        photograph(page, "login-with-provider");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit " + OidcProvider.NAME + " einloggen")).click();
        page.waitForURL("**/manage/events");
        page.navigate("/account");
        assertThat(page.locator("main").innerText()).contains("Bea Brandt", email);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausloggen")).click();
        page.waitForURL(url -> url.contains("/?logged-out"));
        assertThat(page.navigate("/manage/events").url()).contains("/login");
    }
}
