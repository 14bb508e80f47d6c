package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.webhook.WebhookReceiver;

/**
 * An administrator who also organizes sets up a webhook for their organization (with a mistake first), sends
 * a test message and reads the delivery log, then looks at the platform's webhooks. Every page passes axe-core
 * at 1280 and 375 px without sideways scrolling; screenshots are written to {@code target/screenshots}.
 */
@BrowserTest
class WebhookBrowserTests {

    @Autowired
    TestFixtures fixtures;

    @Test
    void an_organizer_sets_up_a_webhook_tests_it_and_reads_the_delivery_log(Page page) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // GIVEN an organizer on the webhook page
            Organizer organizer = new Organizers(fixtures).createAdministrator();
            organizer.logIn(page);
            page.navigate("/manage/webhooks");
            assertThat(page.locator("h1").innerText()).isEqualTo("Webhooks");
            audit(page, "webhooks-empty");

            // WHEN an address that is no web address is entered
            page.getByLabel("Adresse (URL)").fill("cms.example.de/hooks");
            Response refused = page.waitForResponse("**/manage/webhooks", () -> submit(page));

            // THEN it is refused with a message that says what to do, the input kept
            assertThat(refused.status()).isEqualTo(422);
            assertThat(page.locator("#error-summary").innerText()).contains("https://");
            assertThat(page.getByLabel("Adresse (URL)").inputValue()).isEqualTo("cms.example.de/hooks");
            audit(page, "webhooks-error");

            // WHEN the receiver's address is entered
            page.getByLabel("Adresse (URL)").fill(receiver.url());
            page.getByLabel("Beschreibung").fill("Website der Stadt");
            submit(page);

            // THEN the endpoint shows its secret
            page.waitForURL("**/manage/webhooks/*");
            assertThat(page.locator("#secret").innerText()).startsWith("whsec_");

            // WHEN the test message is sent
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Testnachricht senden")).click();
            assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Testnachricht ist unterwegs");

            // THEN it arrives and the log says so
            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() == 1);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                page.reload();
                assertThat(page.locator("#delivery-log tbody").innerText()).contains("Zugestellt");
            });
            audit(page, "webhook-endpoint");

            // AND the platform's webhooks are in the admin area
            page.navigate("/admin/webhooks");
            assertThat(page.getByRole(AriaRole.MAIN).innerText()).contains("aller Organisationen");
            audit(page, "webhooks-platform");
        }
    }

    private static void submit(Page page) {
        page.getByRole(AriaRole.MAIN).locator("button[type=submit]").last().click();
    }

    /** axe-core at both widths, no sideways scrolling on a phone, and a screenshot of each. */
    private static void audit(Page page, String name) {
        for (int width : Screenshots.WIDTHS) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            Object tooWide = page.evaluate("[...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
                    + ".map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on %s at %d px; too wide: %s", name, width, tooWide).isTrue();
        }
        Screenshots.of(page, name);
        page.setViewportSize(1280, 900);
    }
}
