package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestMail;
import de.offenekommune.notification.internal.OutboxMail;

/**
 * Someone who uses only the keyboard reports a barrier from the page where they met it: the footer link
 * takes the page's address along, a report without a description is refused with the focus on the
 * errors, a complete one reaches the operator's mailbox and the administrators' list with its deadline.
 */
@BrowserTest
class BarrierReportBrowserTests {

    private static final String OPERATOR = "barrieren@example.org";

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestMail testMail;

    @Test
    void a_keyboard_user_reports_a_barrier_that_reaches_the_operator_by_mail_and_in_the_list(Page page) {
        // GIVEN someone on the Impressum, who uses only the keyboard
        KeyboardUser user = new KeyboardUser(page);
        page.navigate("/impressum");
        String text = "Der Kalender lässt sich nicht mit der Tastatur bedienen " + TestFixtures.unique("barriere");

        // WHEN they follow the footer link
        user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Barriere melden")));
        user.pressAndWaitForNextPage("Enter");

        // THEN the form knows the page they came from
        assertThat(page.locator("h1").innerText()).isEqualTo("Barriere melden");
        assertThat(page.getByLabel("Seite, auf der die Barriere ist").inputValue()).isEqualTo("/impressum");
        audit(page, "barrier-report");

        // WHEN they send it without saying what is wrong
        user.tabTo(page.getByLabel("Ihre E-Mail-Adresse"));
        user.type("erika@example.org");
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")));
        Response refused = user.pressAndWaitForNextPage("Enter");

        // THEN it is refused, the focus on the summary, the input kept
        assertThat(refused.status()).isEqualTo(422);
        assertThat(user.isFocused(page.locator("#error-summary"))).isTrue();
        assertThat(page.locator("#error-summary a").allInnerTexts())
                .containsExactly("Was funktioniert nicht? Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Ihre E-Mail-Adresse").inputValue()).isEqualTo("erika@example.org");
        audit(page, "barrier-report-error");

        // WHEN they describe the barrier and send the report
        user.tabTo(page.getByLabel("Was funktioniert nicht?"));
        user.type(text);
        user.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")));
        user.pressAndWaitForNextPage("Enter");

        // THEN a status message thanks them on the Erklärung, which names the channel and the Schlichtungsstelle
        assertThat(page.url()).endsWith("/barrierefreiheit");
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("Ihre Meldung ist beim Betreiber angekommen");
        Locator conciliation = page.locator("#conciliation + p a");
        assertThat(conciliation.getAttribute("href")).isEqualTo("https://www.schlichtungsstelle-bgg.de");
        assertThat(page.locator("#feedback + p a").getAttribute("href")).isEqualTo("/barrierefreiheit/melden");
        audit(page, "accessibility-statement");

        // AND the operator got a mail with the page, the text, the contact and the deadline
        List<OutboxMail> mails = testMail.delivered(OPERATOR).stream()
                .filter(mail -> mail.text().contains(text))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).text())
                .contains("http://localhost:8080/impressum")
                .contains("erika@example.org")
                .containsPattern("Bitte antworten Sie bis zum \\d{1,2}\\. \\p{L}+ \\d{4}");

        // AND the report is listed for administrators with its dates
        page.context().clearCookies();
        new Organizers(fixtures).createAdministrator().logIn(page);
        page.navigate("/admin/barrier-reports");
        Locator report = page.locator(".ok-report").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(report.count()).isEqualTo(1);
        assertThat(report.locator("h2").innerText()).startsWith("Eingegangen am ").endsWith(" zu /impressum");
        assertThat(report.innerText()).contains("Antwort fällig bis").contains("/impressum")
                .contains("erika@example.org").contains("Offen");
        audit(page, "barrier-reports-admin");

        // AND once answered, the administrator marks it so, and it shows when
        report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als beantwortet markieren")).focus();
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        Locator answered = page.locator(".ok-report").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(page.getByRole(AriaRole.STATUS).innerText()).contains("als beantwortet markiert");
        assertThat(answered.innerText()).contains("Beantwortet am ").doesNotContain("Frist abgelaufen");
        assertThat(answered.getByRole(AriaRole.BUTTON).count()).isZero();
        audit(page, "barrier-reports-answered");
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
