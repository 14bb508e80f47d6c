package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.microsoft.playwright.Page;

import de.offenekommune.account.Organizations;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.Violations;

/**
 * WCAG 1.4.10 (Reflow, AA), which axe-core cannot check: at 320 CSS pixels wide, as on a small
 * phone or at 400 % zoom, no page scrolls sideways. Data tables may scroll inside their own box.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowTests {

    private static final int NARROW = 320;

    @Autowired
    EventManagement management;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    PasswordEncoder passwordEncoder;

    Organizer organizer;
    Event reference;

    @BeforeAll
    void publishReferenceEvent() {
        organizer = new Organizers(accounts, organizations, passwordEncoder).create();
        reference = management.create(organizer.principal(), organizer.organization(), ReferenceEvent.details(), null,
                new Violations());
        reference = management.publish(organizer.principal(), reference.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events/archive", "/events/{slug}", "/events/{slug}?lang=en", "/login"})
    void public_pages_fit_a_narrow_screen(String path, Page page) {
        // GIVEN
        page.setViewportSize(NARROW, 640);

        // WHEN
        page.navigate(path.replace("{slug}", reference.slug()));

        // THEN
        assertNoHorizontalScrolling(page);
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
        assertThat(scrollWidth).as("page width at %d px on %s; too wide: %s", NARROW, page.url(), tooWide)
                .isLessThanOrEqualTo(NARROW);
    }
}
