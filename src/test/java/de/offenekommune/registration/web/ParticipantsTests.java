package de.offenekommune.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.platform.CsvWriter;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.internal.Registrations;

/** The organizer's view: counts, search, actions, CSV, message and settings, only for their own events. */
@IntegrationTest
class ParticipantsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    Registrations registrations;
    @Autowired
    OutboxMails mails;
    @Autowired
    TransactionTemplate transaction;

    RegistrationFixtures fixtures;
    Organizer organizer;
    Organizer stranger;

    @BeforeEach
    void two_organizers() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
        stranger = fixtures.organizer();
    }

    @Test
    void the_organizer_sees_counts_and_searches_the_list() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 1);
        String seat = register(event, "Anna Amsel", "seat");
        register(event, "Bernd Buchfink", "wait");
        fixtures.confirm(seat);

        String page = mvc.perform(get(base(event)).with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anna Amsel").contains("Bernd Buchfink").contains("1 von 1 belegt")
                .contains("id=\"count-CONFIRMED\">1 Anmeldung, 1 Person").contains("id=\"count-WAITLISTED\">1 Anmeldung,");

        String found = mvc.perform(get(base(event)).param("q", "buchf").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("Bernd Buchfink").doesNotContain("Anna Amsel");
        String wildcard = mvc.perform(get(base(event)).param("q", "%").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wildcard).doesNotContain("Anna Amsel");
    }

    @Test
    void organizers_of_other_organizations_get_404_everywhere_and_change_nothing() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 5);
        String email = register(event, "Anna Amsel", "foreign");
        Registration registration = fixtures.registration(email);

        for (String path : List.of("", "/export", "/message", "/settings")) {
            mvc.perform(get(base(event) + path).with(user(stranger.principal()))).andExpect(status().isNotFound());
        }
        mvc.perform(post(base(event) + "/" + registration.id() + "/cancel").with(user(stranger.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
        mvc.perform(post(base(event) + "/message").param("message", "Spam").with(user(stranger.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
        // A registration of another event cannot be reached through one's own event either.
        Event own = fixtures.publishedEvent(stranger, 5);
        mvc.perform(post(base(own) + "/" + registration.id() + "/cancel").with(user(stranger.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(event))).andExpect(status().isFound());

        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
    }

    @Test
    void the_csv_export_neutralizes_formulas_and_reads_back_as_text() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("csv");
        transaction.executeWithoutResult(status -> management.register(event.id(), new RegistrationInput(
                "=HYPERLINK(\"http://evil.example\";\"klick\")", email, "+49 Verein; e.V.", null, null, "@SUM(A1)", true,
                Locale.GERMAN, null)));

        byte[] csv = mvc.perform(get(base(event) + "/export").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFStatus;Name;E-Mail;");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\"");
        assertThat(text).contains("\"'+49 Verein; e.V.\"").contains("'@SUM(A1)").contains(email);
        assertThat(text).doesNotContain(";=").doesNotContain(";+").doesNotContain(";@");
        CSVRecord row = CsvWriter.Dialect.SPREADSHEET.format().parse(new StringReader(text.substring(1))).getRecords().stream()
                .filter(record -> record.get(2).equals(email)).findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"klick\")");
        assertThat(row.get(3)).isEqualTo("'+49 Verein; e.V.");
    }

    @Test
    void the_organizer_cancels_and_the_first_in_line_moves_up_and_both_are_told() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 1);
        String seat = register(event, "Anna", "ocancel");
        String waiting = register(event, "Bernd", "owait");
        fixtures.confirm(waiting);

        mvc.perform(post(base(event) + "/" + fixtures.registration(seat).id() + "/cancel").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "registration.manage.done.cancel"));

        assertThat(fixtures.registration(seat).state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(fixtures.lastMail(seat, "registration_cancelled_to_registrant").text()).contains("Veranstaltenden");
        assertThat(fixtures.registration(waiting).state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(fixtures.lastMail(waiting, "registration_promoted_to_registrant")).isNotNull();
    }

    @Test
    void the_organizer_moves_people_between_seat_and_waitlist() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 1);
        String anna = register(event, "Anna", "move1");
        String bernd = register(event, "Bernd", "move2");
        fixtures.confirm(anna);

        // A seat for the waitlisted is refused while the event is full.
        mvc.perform(post(base(event) + "/" + fixtures.registration(bernd).id() + "/to-seat").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(flash().attribute("problem", "registration.manage.noRoom"));
        assertThat(fixtures.registration(bernd).state()).isEqualTo(RegistrationState.WAITLISTED);

        // Moving Anna to the waitlist frees her seat without passing it on, and puts her first in line.
        mvc.perform(post(base(event) + "/" + fixtures.registration(anna).id() + "/to-waitlist").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(flash().attribute("notice", "registration.manage.done.to-waitlist"));
        assertThat(fixtures.registration(anna).state()).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(registrations.waitlistPosition(fixtures.registration(anna))).isEqualTo(1);
        assertThat(registrations.waitlistPosition(fixtures.registration(bernd))).isEqualTo(2);
        assertThat(fixtures.lastMail(anna, "registration_moved_to_waitlist_to_registrant").text()).contains("Platz 1");

        // Now the organizer gives the free seat to Bernd, out of order; unconfirmed, he must confirm first.
        mvc.perform(post(base(event) + "/" + fixtures.registration(bernd).id() + "/to-seat").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(flash().attribute("notice", "registration.manage.done.to-seat"));
        assertThat(fixtures.registration(bernd).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(fixtures.lastMail(bernd, "registration_promoted_to_registrant").text()).contains("/registrations/confirm/");
    }

    @Test
    void a_message_reaches_every_confirmed_participant_and_nobody_else() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 2);
        String confirmed = register(event, "Anna", "msg1");
        String pending = register(event, "Bernd", "msg2");
        String waiting = register(event, "Clara", "msg3");
        fixtures.confirm(confirmed);

        mvc.perform(post(base(event) + "/message").param("message", "").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base(event) + "/message").param("message", "Bitte bringen Sie <Stifte> mit.")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "registration.manage.message.sent"));

        assertThat(fixtures.lastMail(confirmed, "organizer_message_to_participant").text()).contains("Bitte bringen Sie <Stifte> mit.");
        assertThat(fixtures.lastMail(confirmed, "organizer_message_to_participant").html()).contains("&lt;Stifte&gt;");
        assertThat(fixtures.mailsTo(pending)).noneMatch(mail -> mail.template().equals("organizer_message_to_participant"));
        assertThat(fixtures.mailsTo(waiting)).noneMatch(mail -> mail.template().equals("organizer_message_to_participant"));
    }

    @Test
    void the_settings_add_companions_a_question_and_a_consent_text_to_the_form() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        mvc.perform(post(base(event) + "/settings").param("maxCompanions", "99").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base(event) + "/settings").param("maxCompanions", "2").param("question", "Welcher Workshop?")
                        .param("questionRequired", "true").param("consentText", "Ich willige ein.")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isFound());

        String page = mvc.perform(get("/events/" + event.slug())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Welcher Workshop?").contains("Ich willige ein.").contains("name=\"companions\"");

        String email = RegistrationFixtures.email("party");
        transaction.executeWithoutResult(status -> management.register(event.id(), new RegistrationInput("Anna", email,
                null, "2", "Workshop B", null, true, Locale.GERMAN, null)));
        assertThat(fixtures.registration(email).party()).isEqualTo(3);
        assertThat(fixtures.registration(email).answer()).isEqualTo("Workshop B");
    }

    private String register(Event event, String name, String prefix) {
        String email = RegistrationFixtures.email(prefix);
        transaction.executeWithoutResult(status -> management.register(event.id(),
                new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN, null)));
        return email;
    }

    private static String base(Event event) {
        return "/manage/events/" + event.id() + "/registrations";
    }
}
