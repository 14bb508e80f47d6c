package de.offenekommune.registration.web;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;


import de.offenekommune.platform.QrCodePictures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.CheckInDesk;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;

/** The check-in page over HTTP: scans, the shared board, walk-ins, and the QR code on the personal page. */
@IntegrationTest
class CheckInPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    CheckInDesk desk;
    @Autowired
    TestClock clock;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void real_time() {
        clock.reset();
    }

    @Test
    void a_scan_says_who_came_in_and_a_second_one_when_and_where() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String code = desk.code(confirmed(event, "Erika Mustermann"));
        clock.set(Instant.parse("2026-12-06T08:41:00Z"));

        assertThat(scan(event, code, "Haupteingang"))
                .isEqualTo("{\"kind\":\"success\",\"text\":\"Eingelassen: Erika Mustermann, 09:41 Uhr\"}");
        assertThat(scan(event, code, "Seiteneingang")).isEqualTo(
                "{\"kind\":\"warning\",\"text\":\"Bereits eingelassen: Erika Mustermann, um 09:41 Uhr am Eingang „Haupteingang“\"}");
        assertThat(scan(event, code.substring(1), null))
                .isEqualTo("{\"kind\":\"danger\",\"text\":\"Kein Einlass: Dieser Code ist ungültig. Er gehört zu keiner Anmeldung.\"}");
    }

    @Test
    void the_same_code_at_two_doors_at_once_lets_in_once() throws Exception {
        // GIVEN a confirmed seat
        Event event = fixtures.publishedEvent(organizer, 10);
        String code = desk.code(confirmed(event, "Erika Mustermann"));

        // WHEN two doors send its code at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService doors = Executors.newFixedThreadPool(2);
        List<Future<String>> answers = new ArrayList<>();
        for (String door : List.of("Haupteingang", "Seiteneingang")) {
            answers.add(doors.submit(() -> {
                start.await();
                return scan(event, code, door);
            }));
        }
        start.countDown();
        List<String> texts = new ArrayList<>();
        for (Future<String> answer : answers) {
            texts.add(answer.get());
        }
        doors.shutdown();

        // THEN one door lets the person in, the other is told so
        assertThat(texts).filteredOn(text -> text.contains("\"text\":\"Eingelassen")).hasSize(1);
        assertThat(texts).filteredOn(text -> text.contains("Bereits eingelassen")).hasSize(1);
        assertThat(board(event, null).getResponse().getContentAsString()).contains("\"checkedIn\":1,");
    }

    @Test
    void the_board_answers_not_modified_until_someone_comes_in() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String code = desk.code(confirmed(event, "Erika Mustermann"));

        MvcResult before = board(event, null);
        String etag = before.getResponse().getHeader("ETag");
        assertThat(before.getResponse().getContentAsString()).isEqualTo(
                "{\"checkedIn\":0,\"registered\":1,\"free\":9,\"latest\":[]}");
        assertThat(board(event, etag).getResponse().getStatus()).isEqualTo(304);

        clock.set(Instant.parse("2026-12-06T08:41:00Z"));
        scan(event, code, "Haupteingang");

        MvcResult after = board(event, etag);
        assertThat(after.getResponse().getStatus()).isEqualTo(200);
        assertThat(after.getResponse().getContentAsString()).isEqualTo("{\"checkedIn\":1,\"registered\":1,\"free\":9,"
                + "\"latest\":[{\"name\":\"Erika Mustermann\",\"people\":1,\"time\":\"09:41\",\"door\":\"Haupteingang\"}]}");
    }

    @Test
    void the_page_is_the_organizers_alone() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        confirmed(event, "Erika Mustermann");
        Organizer stranger = fixtures.organizer();

        String page = mvc.perform(get(base(event)).param("q", "muster").with(user(organizer.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Einlass: ").contains("Einlassen: Erika Mustermann").contains("role=\"status\"");
        mvc.perform(get(base(event)).with(user(stranger.principal()))).andExpect(status().isNotFound());
        mvc.perform(get(base(event) + "/board").with(user(stranger.principal()))).andExpect(status().isNotFound());
        mvc.perform(post(base(event) + "/scan").param("code", "x").with(user(stranger.principal())).with(formToken(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_walk_in_without_a_name_keeps_what_was_typed() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);

        String page = mvc.perform(post(base(event) + "/walk-in").param("name", "").param("email", "dora@beispiel")
                        .param("door", "Aula").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"dora@beispiel\"").contains("id=\"error-summary\"").contains("value=\"Aula\"");

        mvc.perform(post(base(event) + "/walk-in").param("name", "Dora Dohle").param("door", "Aula")
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().is3xxRedirection());
        assertThat(board(event, null).getResponse().getContentAsString()).contains("\"checkedIn\":1,")
                .contains("\"name\":\"Dora Dohle\"");
    }

    @Test
    void the_personal_page_shows_the_code_that_the_door_accepts() throws Exception {
        // GIVEN a confirmed registration and its personal link
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = register(event, "Erika Mustermann");
        String token = fixtures.confirm(email);

        // WHEN the person opens the page and the QR image
        String page = mvc.perform(get("/registrations/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        byte[] png = mvc.perform(get("/registrations/" + token + "/check-in.png")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        // THEN the page shows a QR code, and the image holds the code that lets the person in
        assertThat(page).contains("Ihr Einlass-Code").contains("alt=\"QR-Code für den Einlass\"");
        String code = QrCodePictures.text(png);
        assertThat(code).isEqualTo(desk.code(fixtures.registration(email)));
        assertThat(scan(event, code, null)).contains("Eingelassen: Erika Mustermann");
    }

    @Test
    void a_helper_opens_the_door_with_the_link_from_the_mail_until_it_is_revoked() throws Exception {
        // GIVEN a confirmed seat, and a helper the organizer invited
        Event event = fixtures.publishedEvent(organizer, 10);
        String code = desk.code(confirmed(event, "Erika Mustermann"));
        String helper = RegistrationFixtures.email("helper");
        mvc.perform(post(base(event) + "/helpers").param("helper-name", "Hanna Helfer").param("helper-email", helper)
                        .with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().is3xxRedirection());
        String mail = fixtures.lastMail(helper, "check_in_helper_invited_to_helper").text();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/door/([A-Za-z0-9_-]{43})").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String door = "/door/" + link.group(1);

        // WHEN the helper opens it without an account and scans the code
        String page = mvc.perform(get(door)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String answer = mvc.perform(post(door + "/scan").param("code", code).accept(MediaType.APPLICATION_JSON)
                        .with(formToken(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        // THEN the person is let in; the helper sees the door, not the helpers of the event
        assertThat(page).contains("Einlass: ").doesNotContain("Helferinnen und Helfer").doesNotContain(helper);
        assertThat(answer).contains("Eingelassen: Erika Mustermann");
        mvc.perform(post(door + "/helpers").param("helper-name", "X").param("helper-email", "x@example.org")
                .with(formToken(mvc))).andExpect(status().isNotFound());

        // WHEN the organizer blocks the link
        String organizerPage = mvc.perform(get(base(event)).with(user(organizer.principal())))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher revoke = java.util.regex.Pattern.compile("/helpers/([0-9a-f-]{36})/revoke")
                .matcher(organizerPage);
        assertThat(revoke.find()).isTrue();
        mvc.perform(post(base(event) + "/helpers/" + revoke.group(1) + "/revoke").with(user(organizer.principal()))
                .with(formToken(mvc))).andExpect(status().is3xxRedirection());

        // THEN the door link no longer opens anything, and the helper is told why
        String gone = mvc.perform(get(door)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(gone).contains("Dieser Einlass-Link gilt nicht mehr", "bitten Sie das Team um einen neuen Link")
                .doesNotContain("Erika Mustermann").doesNotContain(event.details().title());
        mvc.perform(get(door + "/board")).andExpect(status().isGone());
        mvc.perform(post(door + "/scan").param("code", code).accept(MediaType.APPLICATION_JSON).with(formToken(mvc)))
                .andExpect(status().isGone());
    }

    @Test
    void a_door_link_ends_with_the_day_after_the_event() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String helper = RegistrationFixtures.email("helper");
        mvc.perform(post(base(event) + "/helpers").param("helper-name", "Hanna Helfer").param("helper-email", helper)
                .with(user(organizer.principal())).with(formToken(mvc))).andExpect(status().is3xxRedirection());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/door/([A-Za-z0-9_-]{43})")
                .matcher(fixtures.lastMail(helper, "check_in_helper_invited_to_helper").text());
        assertThat(link.find()).isTrue();

        clock.set(event.details().schedule().end().plus(java.time.Duration.ofHours(20)));
        mvc.perform(get("/door/" + link.group(1))).andExpect(status().isOk());
        clock.set(event.details().schedule().end().plus(java.time.Duration.ofDays(3)));
        mvc.perform(get("/door/" + link.group(1))).andExpect(status().isGone());
        // a made-up link stays unknown
        mvc.perform(get("/door/" + "A".repeat(43))).andExpect(status().isNotFound());
    }

    @Test
    void inviting_a_helper_without_an_address_keeps_the_name() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String page = mvc.perform(post(base(event) + "/helpers").param("helper-name", "Hanna Helfer")
                        .param("helper-email", "").with(user(organizer.principal())).with(formToken(mvc)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Hanna Helfer\"").contains("href=\"#helper-email\"");
    }

    private String scan(Event event, String code, String door) throws Exception {
        var request = post(base(event) + "/scan").param("code", code).accept(MediaType.APPLICATION_JSON)
                .with(user(organizer.principal())).with(formToken(mvc));
        if (door != null) {
            request.param("door", door);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private MvcResult board(Event event, String etag) throws Exception {
        var request = get(base(event) + "/board").accept(MediaType.APPLICATION_JSON).with(user(organizer.principal()));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return mvc.perform(request).andReturn();
    }


    private Registration confirmed(Event event, String name) {
        String email = register(event, name);
        fixtures.confirm(email);
        return fixtures.registration(email);
    }

    private String register(Event event, String name) {
        String email = RegistrationFixtures.email("door");
        management.register(event.id(), new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN,
                null));
        return email;
    }

    private static String base(Event event) {
        return "/manage/events/" + event.id() + "/check-in";
    }
}
