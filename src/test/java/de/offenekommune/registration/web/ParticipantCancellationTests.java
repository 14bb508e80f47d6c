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
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;

/** Cancelling someone cannot be undone: the list only leads to a page that asks first and names the person. */
@IntegrationTest
class ParticipantCancellationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    TransactionTemplate transaction;

    RegistrationFixtures fixtures;
    Organizer organizer;
    Event event;

    @BeforeEach
    void event_with_one_place() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
        event = fixtures.publishedEvent(organizer, 1);
    }

    @Test
    void the_list_offers_no_button_that_cancels_at_once_but_a_link_to_the_question() throws Exception {
        // GIVEN
        Registration anna = fixtures.registration(register("Anna Amsel", "list"));

        // WHEN
        Document list = page(base());

        // THEN
        assertThat(list.select("form[action$=/cancel]")).isEmpty();
        assertThat(list.select("a[href=" + base() + "/" + anna.id() + "/cancel]").text()).isEqualTo("Stornieren: Anna Amsel");
    }

    @Test
    void the_question_names_the_person_and_what_follows_and_changes_nothing() throws Exception {
        // GIVEN
        String email = register("Anna Amsel", "ask");
        Registration anna = fixtures.registration(email);

        // WHEN
        Document question = page(base() + "/" + anna.id() + "/cancel");

        // THEN
        assertThat(question.select("h1").text()).isEqualTo("Anmeldung von Anna Amsel stornieren?");
        assertThat(question.text()).contains(email, "Anna Amsel bekommt eine E-Mail", "nicht rückgängig");
        assertThat(question.select("label[for=message]").text()).isEqualTo("Nachricht an Anna Amsel (optional)");
        assertThat(question.select("form[method=post][action$=/" + anna.id() + "/cancel] button").text())
                .isEqualTo("Anmeldung stornieren");
        assertThat(question.select("a[href=" + base() + "]").text()).contains("Nicht stornieren");
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
    }

    @Test
    void confirming_cancels_frees_the_place_and_the_mail_carries_the_organizers_message() throws Exception {
        // GIVEN Anna holds the place, Bernd waits
        String anna = register("Anna Amsel", "seat");
        String bernd = register("Bernd Buchfink", "wait");
        fixtures.confirm(bernd);

        // WHEN
        mvc.perform(post(base() + "/" + fixtures.registration(anna).id() + "/cancel")
                        .param("message", "Die Veranstaltung ist nur für Ratsmitglieder.\nBitte melden Sie sich beim nächsten Termin an.")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(base()))
                .andExpect(flash().attribute("notice", "registration.manage.done.cancel"));

        // THEN
        assertThat(fixtures.registration(anna).state()).isEqualTo(RegistrationState.CANCELLED);
        OutboxMail mail = fixtures.lastMail(anna, "registration_cancelled_to_registrant");
        assertThat(mail.text()).contains("Die Veranstaltenden schreiben Ihnen dazu:",
                "Die Veranstaltung ist nur für Ratsmitglieder.\nBitte melden Sie sich beim nächsten Termin an.");
        assertThat(mail.html()).contains("Die Veranstaltung ist nur für Ratsmitglieder.");
        assertThat(fixtures.registration(bernd).state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void without_a_message_the_mail_has_no_empty_message_block() throws Exception {
        // GIVEN
        String anna = register("Anna Amsel", "plain");

        // WHEN
        mvc.perform(post(base() + "/" + fixtures.registration(anna).id() + "/cancel").param("message", "  ")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound());

        // THEN
        assertThat(fixtures.lastMail(anna, "registration_cancelled_to_registrant").text())
                .contains("die Veranstaltenden haben Ihre Anmeldung storniert").doesNotContain("schreiben Ihnen dazu");
    }

    @Test
    void a_message_that_is_too_long_is_shown_again_with_an_error_and_nothing_is_cancelled() throws Exception {
        // GIVEN
        String anna = register("Anna Amsel", "long");
        String message = "Zu lang. ".repeat(300);

        // WHEN
        String html = mvc.perform(post(base() + "/" + fixtures.registration(anna).id() + "/cancel").param("message", message)
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        // THEN
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary a[href=#message]")).hasSize(1);
        assertThat(page.select("textarea#message").text()).isEqualTo(message.strip());
        assertThat(fixtures.registration(anna).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(fixtures.mailsTo(anna)).noneMatch(mail -> mail.template().equals("registration_cancelled_to_registrant"));
    }

    @Test
    void a_registration_that_is_no_longer_active_leads_back_to_the_list_with_a_note() throws Exception {
        // GIVEN
        String anna = register("Anna Amsel", "twice");
        Registration registration = fixtures.registration(anna);
        mvc.perform(post(base() + "/" + registration.id() + "/cancel").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound());

        // WHEN asked again, or confirmed again from a second tab
        mvc.perform(get(base() + "/" + registration.id() + "/cancel").with(user(organizer.principal())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(base()))
                .andExpect(flash().attribute("problem", "registration.manage.notActive"));
        mvc.perform(post(base() + "/" + registration.id() + "/cancel").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problem", "registration.manage.notActive"));

        // THEN the person was told once
        assertThat(fixtures.mailsTo(anna)).filteredOn(mail -> mail.template().equals("registration_cancelled_to_registrant"))
                .hasSize(1);
    }

    @Test
    void other_organizers_and_unknown_addresses_get_404() throws Exception {
        // GIVEN
        Organizer stranger = fixtures.organizer();
        Registration anna = fixtures.registration(register("Anna Amsel", "foreign"));

        // WHEN / THEN
        mvc.perform(get(base() + "/" + anna.id() + "/cancel").with(user(stranger.principal()))).andExpect(status().isNotFound());
        mvc.perform(post(base() + "/" + anna.id() + "/cancel").with(user(stranger.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/not-a-registration/cancel").with(user(organizer.principal()))).andExpect(status().isNotFound());
        assertThat(fixtures.registration(anna.email()).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String register(String name, String prefix) {
        String email = RegistrationFixtures.email(prefix);
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN, null)));
        return email;
    }

    private String base() {
        return "/manage/events/" + event.id() + "/registrations";
    }
}
