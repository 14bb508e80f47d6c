package de.offenekommune.event.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import com.microsoft.playwright.Page;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.BrowserTest;
import de.offenekommune.browser.AccessibilityAudit;
import de.offenekommune.TestHttp;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Events;
import de.offenekommune.event.TestEvents;
import de.offenekommune.event.Topic;

/**
 * The listing with filters, the search results and the month calendar in a real browser, used by
 * keyboard alone, with axe-core finding no accessibility problem in any state.
 */
@BrowserTest
class EventSearchBrowserTests {

    @Autowired
    TestHttp http;
    @Autowired
    Events events;
    @Autowired
    TestFixtures testFixtures;
    @Autowired
    PlatformTransactionManager transactions;

    Page page;
    Organization organizer;
    LocalDate day;

    @BeforeEach
    void events_and_a_fresh_browser(Page page) {
        TestEvents fixtures = new TestEvents(events, testFixtures, transactions);
        organizer = fixtures.organization("Klimabündnis Bergisches Land");
        day = LocalDate.now().plusMonths(1).withDayOfMonth(12);
        fixtures.event(organizer).title("Klimaforum im Rathaus").topics(Set.of(Topic.CLIMATE))
                .at(day.atTime(18, 0), day.atTime(20, 0)).save();
        fixtures.event(organizer).title("Radverkehrskonferenz").topics(Set.of(Topic.MOBILITY))
                .at(day.plusDays(2).atTime(10, 0), day.plusDays(2).atTime(16, 0)).save();
        this.page = page;
    }

    @Test
    void search_and_filters_work_by_keyboard_and_every_state_is_accessible() {
        page.navigate(http.baseUrl() + "/events?organizer=" + organizer.slug());
        AccessibilityAudit.assertNoViolations(page, "listing");

        tabTo("#q");
        page.keyboard().type("Klimaforen");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("q=Klimaforen"));
        assertThat(page.locator(".ok-event-card h2").allInnerTexts()).containsExactly("Klimaforum im Rathaus");
        assertThat(page.locator("#result-count").innerText()).isEqualTo("Eine Veranstaltung");
        AccessibilityAudit.assertNoViolations(page, "search results");

        page.navigate(http.baseUrl() + "/events?organizer=" + organizer.slug());
        tabTo("summary.kern-accordion__header");
        page.keyboard().press("Enter");
        tabTo("input[name=topic][value=MOBILITY]");
        page.keyboard().press("Space");
        tabTo(".ok-filter-details button[type=submit]");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("topic=MOBILITY"));
        assertThat(page.locator(".ok-event-card h2").allInnerTexts()).containsExactly("Radverkehrskonferenz");
        assertThat(page.locator(".ok-chip").allInnerTexts()).anyMatch(text -> text.contains("Mobilität"));
        AccessibilityAudit.assertNoViolations(page, "filtered listing with chips");

        page.navigate(http.baseUrl() + "/events?organizer=" + organizer.slug() + "&q=Weltraumbahnhof");
        assertThat(page.locator("main").innerText()).contains("Keine Veranstaltung passt zu diesen Filtern.");
        AccessibilityAudit.assertNoViolations(page, "no results");

        page.navigate(http.baseUrl() + "/events?from=2026-12-24&to=2026-12-01&topic=PARTY");
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        tabTo("#error-summary a");
        AccessibilityAudit.assertNoViolations(page, "invalid filters");
    }

    @Test
    void the_month_calendar_is_a_table_that_keyboard_users_can_page_through() {
        YearMonth month = YearMonth.from(day);
        page.navigate(http.baseUrl() + "/events/calendar?month=" + month + "&organizer=" + organizer.slug());
        assertThat(page.locator("table.ok-calendar caption").innerText()).isNotBlank();
        assertThat(page.locator("td:has(time[datetime='" + day + "']) a").allInnerTexts())
                .containsExactly("Klimaforum im Rathaus");
        AccessibilityAudit.assertNoViolations(page, "calendar");

        tabTo("a[rel=next]");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("month=" + month.plusMonths(1)));
        AccessibilityAudit.assertNoViolations(page, "next month");

        tabTo("a[rel=prev]");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("month=" + month));
        tabTo("td:has(time[datetime='" + day + "']) a");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/events/t-"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Klimaforum im Rathaus");
        AccessibilityAudit.assertNoViolations(page, "event page");
    }

    @Test
    void narrow_screens_get_the_calendar_as_a_list_and_stay_accessible() {
        page.setViewportSize(375, 800);
        page.navigate(http.baseUrl() + "/events/calendar?month=" + YearMonth.from(day) + "&organizer=" + organizer.slug());

        assertThat(page.locator("table.ok-calendar thead").isVisible()).isFalse();
        assertThat(page.locator("td:has(time[datetime='" + day + "'])").innerText()).contains("Klimaforum im Rathaus");
        AccessibilityAudit.assertNoViolations(page, "calendar on a phone");
    }

    /** Presses Tab until the element is focused, as a keyboard user would; fails after 150 steps. */
    private void tabTo(String selector) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
