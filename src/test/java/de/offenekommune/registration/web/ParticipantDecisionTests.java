package de.offenekommune.registration.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;

/** The organizer's pages for registration with approval: the setting, the list link and the decision page. */
@IntegrationTest
class ParticipantDecisionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    ParticipantManagement participants;

    RegistrationFixtures fixtures;
    Organizer organizer;
    Event event;

    @BeforeEach
    void event_with_approval() throws Exception {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
        event = fixtures.publishedEvent(organizer, 1);
        mvc.perform(post(base() + "/settings").param("maxCompanions", "0").param("approval", "true")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound());
    }

    @Test
    void the_setting_is_kept_and_shown_checked() throws Exception {
        assertThat(management.approvalRequired(event.id())).isTrue();
        assertThat(page(base() + "/settings").select("input#approval").hasAttr("checked")).isTrue();
    }

    @Test
    void the_list_leads_to_the_decision_page_which_names_the_person_and_changes_nothing() throws Exception {
        // GIVEN
        String email = request("Anna Amsel", "list");
        Registration anna = fixtures.registration(email);

        // WHEN
        Document list = page(base());
        Document decision = page(base() + "/" + anna.id() + "/decide");

        // THEN
        assertThat(list.select("a[href=" + base() + "/" + anna.id() + "/decide]").text())
                .isEqualTo("Annehmen oder ablehnen: Anna Amsel");
        assertThat(list.text()).contains("Wartet auf Entscheidung");
        assertThat(decision.select("h1").text()).isEqualTo("Anmeldung von Anna Amsel annehmen oder ablehnen");
        assertThat(decision.select("button[name=decision]").eachAttr("value")).containsExactly("accept", "decline");
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.PENDING_APPROVAL);
    }

    @Test
    void cancelling_a_request_does_not_speak_of_a_place_it_never_held() throws Exception {
        // GIVEN a confirmed request waiting for the organizer's decision
        Registration anna = fixtures.registration(request("Anna Amsel", "withdraw"));

        // WHEN the organizer opens its cancellation page
        Document cancel = page(base() + "/" + anna.id() + "/cancel");

        // THEN it says that the request is withdrawn, not that a seat or waitlist place is lost
        assertThat(cancel.text()).contains("Die Anfrage wird zurückgezogen")
                .doesNotContain("Platz auf der Warteliste")
                .doesNotContain("Der Platz wird frei");
    }

    @Test
    void accepting_gives_the_free_place_and_declining_sends_the_message() throws Exception {
        // GIVEN two confirmed requests for one place
        String anna = request("Anna Amsel", "accept");
        String bernd = request("Bernd Buchfink", "decline");

        // WHEN the organizer accepts Anna and declines Bernd with a message
        mvc.perform(post(base() + "/" + fixtures.registration(anna).id() + "/decide").param("decision", "accept")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(base()))
                .andExpect(flash().attribute("notice", "registration.manage.done.accept"));
        mvc.perform(post(base() + "/" + fixtures.registration(bernd).id() + "/decide").param("decision", "decline")
                        .param("message", "Leider ist der Saal zu klein.")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(flash().attribute("notice", "registration.manage.done.decline"));

        // THEN
        assertThat(fixtures.registration(anna).state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(fixtures.registration(bernd).state()).isEqualTo(RegistrationState.DECLINED);
        assertThat(fixtures.lastMail(bernd, "approval_decision_to_registrant").text())
                .contains("Leider ist der Saal zu klein.");
    }

    @Test
    void a_message_that_is_too_long_is_shown_again_and_nothing_is_decided() throws Exception {
        String anna = request("Anna Amsel", "long");

        mvc.perform(post(base() + "/" + fixtures.registration(anna).id() + "/decide").param("decision", "decline")
                        .param("message", "x".repeat(ParticipantManagement.CANCEL_MESSAGE_MAX + 1))
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent());

        assertThat(fixtures.registration(anna).state()).isEqualTo(RegistrationState.PENDING_APPROVAL);
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** A request whose address is confirmed. */
    private String request(String name, String prefix) {
        String email = RegistrationFixtures.email(prefix);
        management.register(event.id(), new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN, null));
        fixtures.confirm(email);
        return email;
    }

    private String base() {
        return "/manage/events/" + event.id() + "/registrations";
    }
}
