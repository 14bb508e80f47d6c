package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.comment.CommentIntegrationTest;
import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * A guest comments in a real browser and confirms from the mail; on a pre-moderated event the
 * organizer approves from the queue. Every page and state passes axe-core (WCAG 2.1 A and AA).
 */
@BrowserTest
class CommentBrowserTests extends CommentIntegrationTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("(https?://\\S+/comments/confirm/[A-Za-z0-9_-]{43})");
    private static final Duration MAIL = Duration.ofSeconds(30);

    @Autowired
    TestHttp http;
    @Autowired
    TestMail testMail;

    private Page page;

    @BeforeEach
    void openPage(Page page) {
        this.page = page;
    }

    @Test
    void a_guest_writes_a_comment_confirms_it_from_the_mail_and_sees_it_published() throws Exception {
        Event event = publishedEvent(organizer());
        String email = guestEmail();

        page.navigate(http.baseUrl() + "/events/" + event.slug());
        AccessibilityAudit.assertNoViolations(page, "event page with an empty discussion");
        writeComment(event, "Anna Aus Barmen", email, "Wird es eine Übertragung geben?\n\nDanke! https://www.wuppertal.de");

        expect(page.locator("h1")).containsText("Bitte bestätigen Sie Ihren Kommentar");
        AccessibilityAudit.assertNoViolations(page, "check-your-mail page");

        page.navigate(confirmLinkFromMail(email));
        expect(page.locator("h1")).hasText("Kommentar bestätigen");
        AccessibilityAudit.assertNoViolations(page, "confirmation page");
        page.locator("button", new Page.LocatorOptions().setHasText("Kommentar jetzt bestätigen")).click();

        page.waitForURL(url -> url.contains("/events/" + event.slug() + "#comment-"));
        String anchor = page.url().substring(page.url().indexOf('#'));
        expect(page.locator(anchor + " .ok-comment__author")).hasText("Anna Aus Barmen");
        assertThat(page.locator(anchor + " .ok-comment__body").textContent()).contains("Wird es eine Übertragung geben?");
        assertThat(page.locator(anchor + " a[rel='nofollow ugc noopener noreferrer']").getAttribute("href"))
                .isEqualTo("https://www.wuppertal.de");
        expect(page.locator("#comments-title")).hasText("Kommentare (1)");
        AccessibilityAudit.assertNoViolations(page, "event page with a published comment");

        String eventPage = page.url();
        page.locator(anchor + " a", new Page.LocatorOptions().setHasText("Antworten")).click();
        expect(page.locator("h1")).hasText("Antwort an Anna Aus Barmen");
        AccessibilityAudit.assertNoViolations(page, "reply page");
        page.navigate(eventPage);
        page.locator(anchor + " a", new Page.LocatorOptions().setHasText("Melden")).click();
        expect(page.locator("h1")).hasText("Kommentar melden");
        AccessibilityAudit.assertNoViolations(page, "report page");
    }

    @Test
    void on_a_pre_moderated_event_the_organizer_approves_the_comment_from_the_queue() throws Exception {
        Organizer organizer = organizer();
        Event event = publishedEvent(organizer);
        mode(event, ModerationMode.PRE_MODERATED);
        String email = guestEmail();

        page.navigate(http.baseUrl() + "/events/" + event.slug() + "/comments");
        AccessibilityAudit.assertNoViolations(page, "discussion page of a pre-moderated event");
        page.locator("#commentText").fill("");
        submitWithStamp(event);
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        AccessibilityAudit.assertNoViolations(page, "discussion page with form errors");

        writeComment(event, "Bernd", email, "Bitte auch Gebärdensprache anbieten.");
        page.navigate(confirmLinkFromMail(email));
        page.locator("button", new Page.LocatorOptions().setHasText("Kommentar jetzt bestätigen")).click();
        expect(page.locator("h1")).hasText("Danke! Ihr Kommentar wartet auf Freigabe");
        AccessibilityAudit.assertNoViolations(page, "awaiting-approval page");

        BrowserContext organizerContext = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
        Page organizerPage = organizerContext.newPage();
        try {
            organizerPage.navigate(http.baseUrl() + "/login");
            organizerPage.locator("#email").fill(organizer.email());
            organizerPage.locator("#password").fill(TestFixtures.PASSWORD);
            organizerPage.locator("form button[type=submit]").click();
            organizerPage.waitForURL(url -> !url.contains("/login"));
            organizerPage.navigate(http.baseUrl() + "/manage/events/" + event.id());
            organizerPage.locator("a", new Page.LocatorOptions().setHasText("Kommentare moderieren")).click();
            expect(organizerPage.locator("#queue-title")).hasText("Zu prüfen (1)");
            assertThat(organizerPage.locator(".ok-moderation-item").first().textContent())
                    .contains("Bernd", "Bitte auch Gebärdensprache anbieten.", "Vorab-Moderation");
            AccessibilityAudit.assertNoViolations(organizerPage, "moderation queue with a waiting comment");
            organizerPage.locator("details.ok-moderation-details summary").first().click();
            AccessibilityAudit.assertNoViolations(organizerPage, "moderation queue with the reject form open");

            organizerPage.locator("button", new Page.LocatorOptions().setHasText("Freigeben")).click();

            assertThat(organizerPage.locator(".ok-notice").textContent()).contains("Der Kommentar ist freigegeben.");
            expect(organizerPage.locator("#queue-title")).hasText("Zu prüfen (0)");
            AccessibilityAudit.assertNoViolations(organizerPage, "moderation queue after approval");
        } finally {
            organizerContext.close();
        }

        page.navigate(http.baseUrl() + "/events/" + event.slug());
        assertThat(page.locator(".ok-comments").textContent()).contains("Bitte auch Gebärdensprache anbieten.", "Bernd");
        AccessibilityAudit.assertNoViolations(page, "event page after approval");
    }

    private void writeComment(Event event, String name, String email, String text) {
        page.navigate(http.baseUrl() + "/events/" + event.slug());
        page.locator("#commentName").fill(name);
        page.locator("#commentEmail").fill(email);
        page.locator("#commentText").fill(text);
        submitWithStamp(event);
    }

    /** People take longer than the minimum fill time; the test says so instead of waiting. */
    private void submitWithStamp(Event event) {
        page.locator("input[name=commentStamp]").evaluate("(input, stamp) => input.value = stamp",
                stamps.issue(event.id(), Instant.now().minusSeconds(60)));
        page.locator("form.ok-form button[type=submit]", new Page.LocatorOptions().setHasText("senden")).click();
    }

    private String confirmLinkFromMail(String email) throws Exception {
        await().atMost(MAIL).until(() -> testMail.to(email).size() == 1);
        String text = plainText(testMail.to(email).get(0));
        Matcher link = CONFIRM_LINK.matcher(text);
        assertThat(link.find()).as("confirmation link in %s", text).isTrue();
        // The mails point at the configured public address; the test server listens elsewhere.
        return http.baseUrl() + link.group(1).replaceFirst("^https?://[^/]+", "");
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Waits for the next page where a click leads to one; AssertJ would read the old page. */
    private static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }
}
