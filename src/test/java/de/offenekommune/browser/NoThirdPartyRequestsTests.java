package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;

/**
 * The platform promises that no request leaves for a third party: no CDN, no web fonts from
 * elsewhere, no social widgets. Links to other sites are fine; loading anything from them is not.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoThirdPartyRequestsTests {

    /** Every element attribute through which a page makes the browser load something. */
    private static final String LOADED_URLS = """
            () => [...document.querySelectorAll('link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src], \
            iframe[src], frame[src], embed[src], object[data], source[src], source[srcset], video[src], video[poster], \
            audio[src], track[src], input[type=image][src], form[action]')]
                .map(e => e.href || e.src || e.data || e.action || e.poster || e.getAttribute('srcset'))""";

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement management;

    Organizer organizer;
    Event reference;

    @BeforeAll
    void publishReferenceEvent() {
        organizer = new Organizers(fixtures).create();
        reference = fixtures.published(organizer.principal(), organizer.organization(), ReferenceEvent.details());
    }

    @Test
    void no_page_requests_anything_from_another_host(Page page, PageGuard guard) {
        // GIVEN
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("start page", "/");
        pages.put("event page", "/events/" + reference.slug());
        pages.put("event page in English", "/events/" + reference.slug() + "?lang=en");
        pages.put("archive", "/events/archive");
        pages.put("login", "/login");

        // WHEN
        for (Map.Entry<String, String> visit : pages.entrySet()) {
            Response response = page.navigate(visit.getValue());

            // THEN
            assertThat(response.status()).as(visit.getKey()).isEqualTo(200);
            assertThat(response.headerValue("content-security-policy")).as(visit.getKey()).contains("default-src 'self'");
            assertThat(loadedUrls(page)).as("what the %s loads", visit.getKey()).allMatch(PageGuard::isLocal);
        }
        page.navigate("/events/" + reference.slug());
        assertThat(page.locator("a[href^='https://twitter.com/'], a[href^='https://www.facebook.com/']").count())
                .as("links to social networks are plain links").isEqualTo(2);
        organizer.logIn(page);
        page.navigate("/manage/events/new");
        assertThat(loadedUrls(page)).as("what the event editor loads").allMatch(PageGuard::isLocal);

        assertThat(guard.requests()).as("requests of all pages").isNotEmpty().allMatch(PageGuard::isLocal);
    }

    @Test
    void fonts_and_stylesheets_come_from_the_app_itself(Page page, PageGuard guard) {
        // WHEN
        page.navigate("/events/" + reference.slug());
        // web fonts load after layout, possibly after the load event
        page.evaluate("async () => { await document.fonts.ready; return document.fonts.size; }");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        // THEN
        List<String> paths = guard.requests().stream().map(url -> URI.create(url).getPath()).toList();
        assertThat(paths)
                .anyMatch(path -> path.matches("/vendor/kern/kern\\.min-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/vendor/kern/fonts/fira-sans-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/css/app-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/vendor/kern/fonts/fira-sans/FiraSans-Regular-[0-9a-f]{32}\\.woff2"));
        assertThat(paths).filteredOn(path -> path.endsWith(".woff2") || path.endsWith(".woff"))
                .allMatch(path -> path.startsWith("/vendor/kern/fonts/"));
        assertThat((Boolean) page.evaluate("document.fonts.check(\"16px 'Fira Sans'\")"))
                .as("Fira Sans is loaded and usable").isTrue();
        assertThat((String) page.evaluate("getComputedStyle(document.body).fontFamily")).contains("Fira Sans");
    }

    @SuppressWarnings("unchecked")
    private static List<String> loadedUrls(Page page) {
        return (List<String>) page.evaluate(LOADED_URLS);
    }
}
