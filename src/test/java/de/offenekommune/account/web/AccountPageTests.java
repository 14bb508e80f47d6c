package de.offenekommune.account.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.internal.ApiTokens;
import de.offenekommune.account.UserAccounts;

/** The account page and the administration: passwords everyone could guess, and tokens with an end. */
@IntegrationTest
class AccountPageTests {

    static final String COMMON = "Dieses Passwort ist zu leicht zu erraten: Es gehört zu den Passwörtern, die Angreifer "
            + "zuerst ausprobieren, oder wiederholt nur eine Zeichenfolge. Bitte wählen Sie ein anderes, zum Beispiel "
            + "einen Satz aus mehreren Wörtern.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Document page(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void a_common_password_is_refused_on_the_account_page_with_a_clear_message() throws Exception {
        TestUser organizer = fixtures.organizer(fixtures.organization());

        String html = mvc.perform(post("/account/password").with(user(organizer.principal())).with(formToken(mvc))
                        .param("current", organizer.password())
                        .param("password", "passwordpassword")
                        .param("confirmation", "passwordpassword"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page(html).select("#password-error").text()).contains(COMMON);
        assertThat(passwordEncoder.matches(organizer.password(),
                accounts.findById(organizer.id()).orElseThrow().passwordHash())).as("unchanged").isTrue();
    }

    @Test
    void a_new_token_gets_the_validity_chosen_and_the_list_shows_it() throws Exception {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Instant now = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
        clock.set(now);

        String html = mvc.perform(post("/account/tokens").with(user(organizer.principal())).with(formToken(mvc))
                        .param("name", "Stadt-CMS")
                        .param("validity", "30"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        Document page = page(html);
        assertThat(page.select("#new-token").text()).startsWith("okt_");
        assertThat(page.select("tbody tr").text()).contains("Stadt-CMS", "1. April 2026", "Noch nie");
        assertThat(tokens.findActive(organizer.id())).singleElement()
                .satisfies(token -> assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30))));
        assertThat(page.select("select#validity option").eachAttr("value")).containsExactly("7", "30", "90", "180", "365");
        assertThat(page.select("select#validity option[selected]").attr("value")).isEqualTo("90");
    }

    @Test
    void a_token_that_never_expires_is_refused_unless_the_operator_allows_it() throws Exception {
        TestUser organizer = fixtures.organizer(fixtures.organization());

        String html = mvc.perform(post("/account/tokens").with(user(organizer.principal())).with(formToken(mvc))
                        .param("name", "Für immer")
                        .param("validity", "unlimited"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page(html).select("#validity-error").text()).contains("Bitte wählen Sie eine der angebotenen Gültigkeiten.");
        assertThat(page(html).select("input#name").attr("value")).isEqualTo("Für immer");
        assertThat(tokens.findActive(organizer.id())).isEmpty();
    }

    @Test
    void an_expired_token_is_shown_as_expired_with_its_date() throws Exception {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        clock.set(ZonedDateTime.of(2026, 5, 4, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant());
        tokens.issue(organizer.id(), "Alter Kalender", Duration.ofDays(7));
        clock.advance(Duration.ofDays(8));

        String html = mvc.perform(get("/account").with(user(organizer.principal())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page(html).select("tbody tr").text()).contains("Alter Kalender", "Abgelaufen", "am 11. Mai 2026");
    }
}
