package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.event.Audience;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * The page of an upcoming event with registration and a discussion, as people see it: on a phone the
 * key facts and the way to register come first, the description reads as the main text, German event
 * content stays marked German on the English page, and the discussion looks and works as it should.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPageBrowserTests {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 667;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CommentSubmissions comments;

    Event event;

    @BeforeAll
    void publishEventWithRegistrationAndComment() {
        Organization organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder
                .workshop("Workshop: Den Bürgerhaushalt 2027 mitgestalten",
                        LocalDate.now().plusDays(40).atTime(LocalTime.of(10, 0)))
                .summary("Gemeinsam Regeln und Themen für den nächsten Bürgerhaushalt entwickeln.")
                .description("""
                        Wie soll der nächste Bürgerhaushalt funktionieren? Wer darf Vorschläge machen?

                        # Ablauf

                        Erst sammeln wir Ideen, dann stimmen wir ab.

                        ## Am Vormittag

                        Kurze Vorträge aus der Kämmerei.""")
                .easyReadSummary("Wir reden über das Geld der Stadt.\nSie können mit-reden.")
                .audiences(java.util.Set.of(Audience.CITIZENS, Audience.YOUTH))
                .registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 40, null, null))
                .build());
        comments.submit(event, new CommentSubmission(null, null, "Gibt es auch eine Kinderbetreuung?", null, false),
                new Commenter(organizer.principal(), null, Locale.GERMAN));
    }

    @Test
    void on_a_phone_the_key_facts_and_the_way_to_register_are_on_the_first_screen(Page page) {
        // GIVEN
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);

        // WHEN
        page.navigate("/events/" + event.slug());

        // THEN
        String facts = page.locator(".ok-key-facts").innerText();
        assertThat(facts).contains("Wann", "Wo", "Gesamtschule Barmen, Wuppertal-Barmen", "Kosten",
                "Teilnahme kostenfrei", "Anmeldung", "Anmeldung erforderlich");
        Locator callToAction = page.locator(".ok-call-to-action .kern-btn");
        assertThat(callToAction.innerText()).isEqualTo("Zum Anmeldeformular");
        assertThat(page.locator(".ok-call-to-action").innerText()).contains("Noch 40 von 40 Plätzen frei.");
        BoundingBox box = callToAction.boundingBox();
        assertThat(box.y + box.height).as("bottom of the call to action").isLessThanOrEqualTo(PHONE_HEIGHT);

        // AND it leads to the form
        callToAction.click();
        assertThat(page.url()).endsWith("#registration");
        PlaywrightAssertions.assertThat(page.locator("#registration-heading")).isInViewport();
    }

    @Test
    void keyboard_users_reach_the_registration_form_before_the_comment_form(Page page) {
        // GIVEN
        KeyboardUser user = new KeyboardUser(page);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate("/events/" + event.slug());

        // WHEN
        user.tabTo(page.locator("#registration #name"));

        // THEN Tab goes on, forward only, to the comment form
        user.tabTo(page.locator("#commentName"));
        assertThat((Boolean) page.evaluate("""
                () => document.querySelector('#registration').compareDocumentPosition(document.querySelector('#comments'))
                      === Node.DOCUMENT_POSITION_FOLLOWING""")).as("discussion after registration").isTrue();
    }

    @Test
    void the_spam_trap_is_invisible_to_people_but_in_the_form_for_machines(Page page) {
        // WHEN
        page.navigate("/events/" + event.slug());

        // THEN
        Locator trap = page.locator("#comments form input[name=website]");
        assertThat(trap.count()).isEqualTo(1);
        assertThat(trap.isVisible()).isFalse();
        assertThat(trap.boundingBox()).as("takes no space on the screen").isNull();
        assertThat(page.getByText("Website (bitte leer lassen)").isVisible()).isFalse();
        assertThat((Boolean) trap.evaluate("""
                input => { input.focus(); return document.activeElement !== input; }""")).as("cannot take the focus")
                .isTrue();
    }

    @Test
    void comment_actions_are_buttons_not_a_bulleted_list(Page page) {
        // WHEN
        page.navigate("/events/" + event.slug());

        // THEN
        Locator actions = page.locator("#comments .ok-comment__actions");
        assertThat(actions.count()).isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> looks = (List<Map<String, Object>>) actions.first().evaluate("""
                list => [...list.querySelectorAll('li')].map(item => {
                  const action = item.querySelector('a');
                  const look = getComputedStyle(action);
                  return {text: action.innerText, marker: getComputedStyle(item).listStyleType,
                          display: look.display, border: parseFloat(look.borderTopWidth),
                          height: action.getBoundingClientRect().height};
                })""");
        assertThat(looks).isNotEmpty().allSatisfy(look -> {
            assertThat(look.get("marker")).as("bullet of %s", look.get("text")).isEqualTo("none");
            assertThat(look.get("display")).as("display of %s", look.get("text")).isEqualTo("inline-flex");
            assertThat(((Number) look.get("border")).doubleValue()).as("border of %s", look.get("text")).isPositive();
            assertThat(((Number) look.get("height")).doubleValue()).as("height of %s", look.get("text"))
                    .isGreaterThanOrEqualTo(32);
        });
        assertThat(looks).extracting(look -> look.get("text")).contains("Antworten");
    }

    @Test
    void the_description_is_body_text_at_full_size_with_headings_by_level(Page page) {
        // WHEN
        page.navigate("/events/" + event.slug());

        // THEN
        @SuppressWarnings("unchecked")
        Map<String, Number> sizes = (Map<String, Number>) page.evaluate("""
                () => {
                  const size = e => parseFloat(getComputedStyle(e).fontSize);
                  const sample = document.createElement('p');
                  sample.className = 'kern-body';
                  document.body.append(sample);
                  const prose = document.querySelector('.ok-prose');
                  const result = {body: size(sample), text: size(prose.querySelector('p')),
                    h1: size(document.querySelector('h1')), h2: size(document.querySelector('#about')),
                    h3: size(prose.querySelector('h3')), h4: size(prose.querySelector('h4')),
                    h3weight: parseFloat(getComputedStyle(prose.querySelector('h3')).fontWeight),
                    h4weight: parseFloat(getComputedStyle(prose.querySelector('h4')).fontWeight),
                    smallest: Math.min(...[...document.querySelectorAll('main p, main li, main dd')]
                      .filter(e => e.innerText.trim()).map(size))};
                  sample.remove();
                  return result;
                }""");
        double text = sizes.get("text").doubleValue();
        assertThat(text).as("description text").isGreaterThanOrEqualTo(sizes.get("body").doubleValue())
                .isGreaterThan(sizes.get("smallest").doubleValue());
        assertThat(sizes.get("h3").doubleValue()).as("Markdown # heading").isGreaterThan(text)
                .isLessThan(sizes.get("h2").doubleValue());
        assertThat(sizes.get("h4").doubleValue()).as("Markdown ## heading").isGreaterThanOrEqualTo(text)
                .isLessThan(sizes.get("h3").doubleValue());
        assertThat(sizes.get("h2").doubleValue()).isLessThan(sizes.get("h1").doubleValue());
        assertThat(sizes.get("h3weight").doubleValue()).isGreaterThanOrEqualTo(600);
        assertThat(sizes.get("h4weight").doubleValue()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void the_summary_in_leichte_sprache_is_offered_at_the_top_and_reached_by_keyboard(Page page) {
        // GIVEN
        KeyboardUser user = new KeyboardUser(page);
        page.navigate("/events/" + event.slug());
        Locator offer = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In Leichter Sprache lesen"));

        // WHEN
        user.tabTo(offer);
        user.press("Enter");

        // THEN the link stands in the page's header, and leads to the summary
        assertThat(page.locator(".ok-event-header").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("In Leichter Sprache lesen")).count()).isEqualTo(1);
        assertThat(page.url()).endsWith("#easy-read");
        PlaywrightAssertions.assertThat(page.locator("#easy-read")).isInViewport();
        assertThat(page.locator("#easy-read + p").innerText()).startsWith("Wir reden über das Geld der Stadt.");
    }

    @Test
    void on_the_english_page_the_german_event_content_is_marked_german(Page page) {
        // WHEN
        page.navigate("/events/" + event.slug() + "?lang=en");

        // THEN
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(langOf(page, "h1")).isEqualTo("de");
        assertThat(langOf(page, ".ok-event-summary")).isEqualTo("de");
        assertThat(langOf(page, ".ok-prose p")).isEqualTo("de");
        assertThat(langOf(page, "#easy-read + p")).as("Leichte Sprache").isEqualTo("de");
        assertThat(langOf(page, ".ok-key-facts dd:nth-of-type(2) span")).as("venue").isEqualTo("de");
        assertThat(langOf(page, ".ok-comment__body p")).as("comment").isEqualTo("de");
        assertThat(langOf(page, "#about")).as("heading of the interface").isEqualTo("en");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void on_the_german_page_the_event_content_needs_no_language_of_its_own(Page page) {
        // WHEN
        page.navigate("/events/" + event.slug());

        // THEN
        assertThat(page.locator("main [lang]").count()).isZero();
        AccessibilityAudit.assertNoViolations(page);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        AccessibilityAudit.assertNoViolations(page);
    }

    /** The language an element is in: its own {@code lang} or that of the nearest ancestor with one. */
    private static String langOf(Page page, String selector) {
        return (String) page.locator(selector).first().evaluate("e => e.closest('[lang]').getAttribute('lang')");
    }
}
