package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.account.Organizations;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * WCAG 1.4.10 (Reflow, AA), which axe-core cannot check: at 320 CSS pixels wide, as on a small
 * phone or at 400 % zoom, no page scrolls sideways. Data tables may scroll inside their own box.
 * The run also leaves pictures of every public page at 375 and 1280 pixels in {@link Screenshots#FOLDER}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowTests {

    private static final int NARROW = 320;

    @Autowired
    EventManagement management;

    @Autowired
    Organizations organizations;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CommentSubmissions comments;

    Organizer organizer;
    Event reference;
    Event upcoming;
    Organization organization;

    @BeforeAll
    void publishEvents() {
        organizer = new Organizers(fixtures).create();
        reference = fixtures.published(organizer.principal(), organizer.organization(), ReferenceEvent.details());
        organization = fixtures.organization();
        TestUser member = fixtures.organizer(organization);
        upcoming = fixtures.published(member, organization, EventDetailsBuilder
                .workshop("Ideenwerkstatt Klimaanpassung im Quartier Aachen-Ost mit einem langen Titel",
                        LocalDate.now().plusDays(12).atTime(LocalTime.of(17, 0)))
                .summary("Hitze, Starkregen, Schatten: Wir sammeln Ideen für das Quartier.")
                .description("Mehr unter https://www.aachen.de/de/stadt_buerger/umwelt/klima/klimaanpassung/ideenwerkstatt-ost.html\n\n# Ablauf\n\nErst Ideen, dann Abstimmung.")
                .registration(new RegistrationSettings(RegistrationMode.REQUIRED, null, 25, null, null))
                .build());
        comments.submit(upcoming, new CommentSubmission(null, null,
                "Gibt es die Unterlagen vorab? https://www.aachen.de/de/stadt_buerger/umwelt/klima/unterlagen-zur-ideenwerkstatt.pdf",
                null, false), new Commenter(member.principal(), null, Locale.GERMAN));
    }

    /** Every public page (and state) someone can reach without logging in. */
    Stream<Arguments> publicPages() {
        return Stream.of(
                Arguments.of("start", "/", false),
                Arguments.of("events-with-filters-open", "/events", true),
                Arguments.of("archive", "/events/archive", false),
                Arguments.of("calendar", "/events/calendar", false),
                Arguments.of("event", "/events/" + upcoming.slug(), false),
                Arguments.of("event-en", "/events/" + upcoming.slug() + "?lang=en", false),
                Arguments.of("event-past", "/events/" + reference.slug(), false),
                Arguments.of("discussion", "/events/" + upcoming.slug() + "/comments", false),
                Arguments.of("registration-form", "/events/" + upcoming.slug() + "/registration", false),
                Arguments.of("municipalities", "/municipalities", false),
                Arguments.of("municipality", "/municipalities/" + ReferenceEvent.AGS, false),
                Arguments.of("organization", "/organizations/" + organization.slug(), false),
                Arguments.of("api", "/api", false),
                Arguments.of("open-data", "/open-data", false),
                Arguments.of("embed", "/embed", false),
                Arguments.of("imprint", "/impressum", false),
                Arguments.of("privacy", "/datenschutz", false),
                Arguments.of("accessibility", "/barrierefreiheit", false),
                Arguments.of("login", "/login", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicPages")
    void public_pages_fit_a_narrow_screen(String name, String path, boolean openFilters, Page page) {
        // GIVEN
        page.setViewportSize(NARROW, 640);

        // WHEN
        Response response = page.navigate(path);
        if (openFilters) {
            page.locator("details.ok-filter-details > summary").click();
            assertThat(page.locator("details.ok-filter-details").getAttribute("open")).isNotNull();
        }

        // THEN
        assertThat(response.status()).isEqualTo(200);
        assertNoHorizontalScrolling(page);
        Screenshots.of(page, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/manage/events", "/manage/events/new", "/manage/events/{id}", "/manage/events/{id}/edit",
            "/manage/events/{id}/cancel", "/account"})
    void organizer_pages_fit_a_narrow_screen(String path, Page page) {
        // GIVEN
        organizer.logIn(page);
        page.setViewportSize(NARROW, 640);

        // WHEN
        page.navigate(path.replace("{id}", reference.id().toString()));

        // THEN
        assertNoHorizontalScrolling(page);
    }

    @SuppressWarnings("unchecked")
    private static void assertNoHorizontalScrolling(Page page) {
        List<String> tooWide = (List<String>) page.evaluate("""
                () => {
                  const limit = document.documentElement.clientWidth + 1;
                  const exempt = n => n.closest('.kern-table-responsive, .ok-skip-link');
                  const tooWide = e => e.getBoundingClientRect().right > limit && !exempt(e);
                  const boxes = [...document.querySelectorAll('body *')]
                    .filter(e => tooWide(e) && !tooWide(e.parentElement))
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`);
                  const texts = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    if (range.getBoundingClientRect().right > limit && !exempt(node.parentElement)) {
                      texts.push(`text "${node.textContent.trim().slice(0, 60)}"`);
                    }
                  }
                  return boxes.concat(texts);
                }""");
        int scrollWidth = (Integer) page.evaluate("document.documentElement.scrollWidth");
        AccessibilityReport.record("1.4.10", "reflow at " + NARROW + " px: nothing wider than the screen", page.url(),
                scrollWidth <= NARROW ? List.of() : tooWide);
        assertThat(scrollWidth).as("page width at %d px on %s; too wide: %s", NARROW, page.url(), tooWide)
                .isLessThanOrEqualTo(NARROW);
    }
}
