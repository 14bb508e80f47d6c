package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * Forms are protected against other sites in a real browser that carries no token and no cookie for it:
 * Chromium says where each form comes from (Fetch Metadata), and only a form from a page of the site counts.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteFormsBrowserTests {

    private static final String OTHER_SITE = "http://andere-seite.example";

    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Event event;

    @BeforeAll
    void publishEvent() {
        event = fixtures.published(EventDetailsBuilder
                .workshop("Tagung Offene Kommunen", LocalDate.now().plusDays(30).atTime(LocalTime.of(10, 0)))
                .registration(new RegistrationSettings(RegistrationMode.REQUESTED, null, 50, null, null))
                .build());
    }

    @Test
    void a_form_on_another_site_registers_nobody_while_the_event_pages_own_form_does(Page page, PageGuard guard) {
        // GIVEN a visitor who has read the event page (and so got no token and no cookie)
        page.navigate("/events/" + event.slug());
        URI site = URI.create(page.url()).resolve("/");
        assertThat(page.context().cookies()).isEmpty();

        // WHEN a page on another site makes their browser send a registration to the event
        String forged = TestFixtures.unique("untergeschoben") + "@example.org";
        page.route(OTHER_SITE + "/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8")
                .setBody("""
                        <!doctype html><html lang="de"><title>Gewinnspiel</title>
                        <form method="post" action="%s">
                          <input name="name" value="Untergeschoben"><input name="email" value="%s">
                          <input name="consent" value="true"><input name="submission" value="fremd-1">
                          <button>Jetzt gewinnen</button>
                        </form>""".formatted(site.resolve("/events/" + event.slug() + "/registration"), forged))));
        page.navigate(OTHER_SITE + "/gewinnspiel");
        Response refused = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON).click());

        // THEN it is refused and nobody is registered, and the browser got no cookie from the refusal either
        assertThat(refused.status()).isEqualTo(403);
        assertThat(registrations(forged)).isZero();
        assertThat(page.context().cookies()).isEmpty();
        assertThat(guard.takeProblems()).as("the only request off this machine: the other site, answered by the test")
                .containsExactly("third-party request: GET " + OTHER_SITE + "/gewinnspiel");

        // WHEN the visitor registers through the event page's own form
        String own = TestFixtures.unique("anmeldung") + "@example.org";
        page.navigate(site.resolve("/events/" + event.slug()).toString());
        page.locator("#registration #name").fill("Anna Amsel");
        page.locator("#registration #email").fill(own);
        page.locator("#registration input[name=consent]").check();
        Response registered = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).click());

        // THEN it counts, still without a cookie for form protection
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registrations(own)).isEqualTo(1);
        assertThat(page.context().cookies()).extracting(cookie -> cookie.name).doesNotContain("ok_csrf");
    }

    private long registrations(String email) {
        return jdbc.sql("select count(*) from registration where email = :email").param("email", email)
                .query(Long.class).single();
    }
}
