package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * WCAG success criteria that axe-core does not check, checked the way a person would notice them, each
 * result recorded in the {@link AccessibilityReport}: text spacing (1.4.12), status messages (4.1.3),
 * target size (2.5.8, WCAG 2.2, as good practice) and no time limit on public forms (2.2.1).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeyondAxeChecksTests {

    /** The spacing WCAG 1.4.12 asks pages to survive, set through the CSSOM as a user style sheet would. */
    private static final String TEXT_SPACING = """
            () => document.querySelectorAll('body *').forEach(e => {
              e.style.setProperty('line-height', '1.5', 'important');
              e.style.setProperty('letter-spacing', '0.12em', 'important');
              e.style.setProperty('word-spacing', '0.16em', 'important');
              if (e.matches('p')) e.style.setProperty('margin-bottom', '2em', 'important');
            })""";
    /** Visible text; the honeypot of the forms is hidden on purpose. */
    private static final String TEXT = "main h1, main h2, main h3, main p, main li, main dt, main dd, "
            + "main label:not(.ok-hp *), main .kern-label, header a, footer a";
    /** Controls whose size WCAG 2.5.8 asks about; links inside sentences are exempt. */
    private static final String TARGETS = "button, input:not([type=hidden]), select, textarea, summary, "
            + "header a, footer a, .ok-actions a";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    FormStamps stamps;

    Event event;

    @BeforeAll
    void publishEvent() {
        event = fixtures.published(EventDetailsBuilder
                .workshop("Werkstatt: Spielplätze im Quartier", LocalDate.now().plusDays(30).atTime(LocalTime.of(17, 0)))
                .summary("Kinder, Eltern und das Grünflächenamt planen gemeinsam.")
                .easyReadSummary("Wir planen neue Spiel·plätze.\nKommen Sie vorbei.")
                .registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 30, null, null))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events/archive", "/leichte-sprache", "/barrierefreiheit", "/barrierefreiheit/melden",
            "/impressum", "/login", "EVENT"})
    void text_stays_whole_with_the_spacing_of_wcag_1_4_12(String path, Page page) {
        for (int width : new int[] {1280, 320}) {
            // GIVEN the page at this width
            page.setViewportSize(width, 900);
            page.navigate(path.equals("EVENT") ? "/events/" + event.slug() : path);

            // WHEN the text spacing is raised as far as WCAG 1.4.12 asks
            page.evaluate(TEXT_SPACING);

            // THEN no text is cut off or hidden, the navigation's links do not run into each other, nothing
            // scrolls sideways (links inside running text wrap, and so their boxes span lines: not compared)
            List<String> findings = new ArrayList<>(LayoutChecks.hiddenOrCutOff(page, TEXT));
            findings.addAll(LayoutChecks.collidingControls(page, "header, footer"));
            int overflow = (Integer) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) {
                findings.add("page scrolls sideways by " + overflow + " px");
            }
            AccessibilityReport.record("1.4.12", "text spacing at " + width + " px", page.url(), findings);
            assertThat(findings).as("with raised text spacing at %d px on %s", width, page.url()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/leichte-sprache", "/barrierefreiheit/melden", "/login", "EVENT"})
    void controls_are_at_least_24_pixels_or_far_enough_apart(String path, Page page) {
        // GIVEN the page on a phone
        page.setViewportSize(375, 900);
        page.navigate(path.equals("EVENT") ? "/events/" + event.slug() : path);

        // WHEN the size of every control is measured
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) page.evaluate("""
                selector => {
                  const shown = [...document.querySelectorAll(selector)].filter(e => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
                  }).map(e => [e, e.getBoundingClientRect()]);
                  // WCAG 2.5.8: a smaller target passes when a 24 px circle on its centre touches no other target
                  const spaced = (r, others) => {
                    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
                    return others.every(s => {
                      const dx = Math.max(s.left - cx, 0, cx - s.right), dy = Math.max(s.top - cy, 0, cy - s.bottom);
                      return Math.hypot(dx, dy) >= 12;
                    });
                  };
                  return shown.flatMap(([e, r]) => {
                    if (r.width >= 24 && r.height >= 24) return [];
                    const others = shown.filter(([o]) => o !== e && !o.contains(e) && !e.contains(o)).map(([, s]) => s);
                    if (spaced(r, others)) return [];
                    return [`${e.tagName.toLowerCase()} "${(e.innerText || e.value || '').trim().slice(0, 30)}" is ${
                      Math.round(r.width)}×${Math.round(r.height)} px and close to another target`];
                  });
                }""", TARGETS);

        // THEN each is large enough or has room around it
        AccessibilityReport.record("2.5.8", "target size at 375 px", page.url(), findings);
        assertThat(findings).as("targets on %s", page.url()).isEmpty();
    }

    @Test
    void the_results_of_registration_and_comment_are_announced_as_status_messages(Page page) {
        // GIVEN the event page
        page.navigate("/events/" + event.slug());

        // WHEN someone registers
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Paula Pfau");
        page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true))
                .fill(TestFixtures.unique("status") + "@example.org");
        page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();
        page.waitForURL("**/registration/received");

        // THEN the result is a status message
        List<String> findings = new ArrayList<>();
        if (!page.getByRole(AriaRole.STATUS).innerText().contains("E-Mail-Postfach")) {
            findings.add("no status message after registering");
        }
        AccessibilityReport.record("4.1.3", "registration result is role=status", page.url(), findings);
        assertThat(findings).isEmpty();

        // WHEN someone writes a comment (having taken the time a person takes)
        page.navigate("/events/" + event.slug());
        page.locator("#commentName").fill("Paula Pfau");
        page.locator("#commentEmail").fill(TestFixtures.unique("status-comment") + "@example.org");
        page.locator("#commentText").fill("Gibt es eine Kinderbetreuung?");
        page.locator("input[name=commentStamp]").evaluate("(input, stamp) => input.value = stamp",
                stamps.issue(event.id(), Instant.now().minusSeconds(60)));
        page.locator("form.ok-form button[type=submit]", new Page.LocatorOptions().setHasText("senden")).click();
        page.waitForLoadState();

        // THEN its result is a status message too
        List<String> commentFindings = new ArrayList<>();
        if (page.getByRole(AriaRole.STATUS).count() != 1
                || !page.getByRole(AriaRole.STATUS).innerText().contains("E-Mail")) {
            commentFindings.add("no status message after writing a comment");
        }
        AccessibilityReport.record("4.1.3", "comment result is role=status", page.url(), commentFindings);
        assertThat(commentFindings).isEmpty();
    }

    @Test
    void public_forms_have_no_session_that_could_run_out_while_someone_fills_them_in(Page page) {
        // WHEN a visitor opens the forms for registering, commenting and reporting a barrier
        page.navigate("/events/" + event.slug());
        page.navigate("/barrierefreiheit/melden");

        // THEN no session was started: nothing on the platform's side expires while they type (WCAG 2.2.1)
        List<String> findings = page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("ok_session"))
                .map(cookie -> "session cookie " + cookie.name + " set for an anonymous visitor")
                .toList();
        AccessibilityReport.record("2.2.1", "no session (and so no time limit) behind public forms", page.url(),
                findings);
        assertThat(findings).isEmpty();
        // and, as the browser says where each form comes from (Fetch Metadata), needs no cookie at all
        assertThat(page.context().cookies()).extracting(cookie -> cookie.name).isEmpty();
    }
}
