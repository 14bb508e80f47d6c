package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestMail;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMails;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationId;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.internal.Registrations;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Registration mails through a real SMTP server (GreenMail): the whole double opt-in by mail, an
 * outage of the mail server, a rolled-back registration, and a restart between commit and sending.
 */
@IntegrationTest
class RegistrationMailTests {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestMail testMail;
    @Autowired
    Scheduler scheduler;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RegistrationManagement management;
    @Autowired
    Registrations registrations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxMails outboxMails;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void mail_server_and_scheduler_run_again() {
        testMail.up();
        scheduler.resume();
    }

    @Test
    void the_confirmation_flow_works_end_to_end_through_smtp() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 20);
        String email = RegistrationFixtures.email("smtp");

        mvc.perform(post("/events/" + event.slug() + "/registration").with(formToken(mvc)).with(RegistrationFixtures.fromNewAddress())
                        .param("name", "Erika Mustermann").param("email", email).param("consent", "true")
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther());

        await().atMost(DELIVERY).until(() -> testMail.to(email).size() == 1);
        MimeMessage request = testMail.to(email).get(0);
        assertThat(request.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre Anmeldung: " + event.details().title());
        String raw = raw(request);
        assertThat(raw).doesNotContain("<img");
        Matcher link = RegistrationFixtures.CONFIRM_LINK.matcher(text(request));
        assertThat(link.find()).isTrue();

        mvc.perform(post("/registrations/confirm/" + link.group(1)).with(formToken(mvc))).andExpect(status().isSeeOther());

        await().atMost(DELIVERY).until(() -> testMail.to(email).size() == 2);
        MimeMessage confirmed = testMail.to(email).get(1);
        assertThat(confirmed.getSubject()).isEqualTo("Anmeldung bestätigt: " + event.details().title());
        String calendar = attachment(confirmed, "text/calendar");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + event.id())
                .contains("DTSTART;TZID=Europe/Berlin:").contains("BEGIN:VTIMEZONE");
        // the same entry as the event's public calendar file, so calendars show the event once
        String published = mvc.perform(get("/events/" + event.slug() + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(uid(calendar)).isEqualTo(uid(published)).contains(event.id().toString());
        assertThat(text(confirmed)).contains("http://localhost:8080/registrations/");
        assertThat(registrations.findById(registration(event)).orElseThrow().state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void english_registrants_get_english_mails() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 20);
        String email = RegistrationFixtures.email("english");
        transaction.executeWithoutResult(status -> management.register(event.id(), input(email, Locale.ENGLISH)));

        await().atMost(DELIVERY).until(() -> testMail.to(email).size() == 1);
        assertThat(testMail.to(email).get(0).getSubject()).isEqualTo("Please confirm your registration: " + event.details().title());
        assertThat(text(testMail.to(email).get(0))).contains("Hello Erika,").contains("Confirm registration");
    }

    @Test
    void while_the_mail_server_is_down_nothing_is_lost_and_the_mail_goes_out_once_when_it_is_back() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 20);
        String email = RegistrationFixtures.email("down");
        testMail.down();

        transaction.executeWithoutResult(status -> management.register(event.id(), input(email, Locale.GERMAN)));

        UUID id = outboxMails.findByRecipient(email).get(0).id();
        await().atMost(DELIVERY).until(() -> outboxMails.findById(id).orElseThrow().attempts() >= 2);
        assertThat(outboxMails.findById(id).orElseThrow().status()).isEqualTo("PENDING");

        testMail.up();
        await().atMost(Duration.ofSeconds(60)).until(() -> outboxMails.findById(id).orElseThrow().status().equals("SENT"));
        assertThat(testMail.to(email)).hasSize(1);
    }

    @Test
    void a_rolled_back_registration_stores_nothing_and_sends_nothing() {
        Event event = fixtures.publishedEvent(organizer, 20);
        String email = RegistrationFixtures.email("rollback");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            management.register(event.id(), input(email, Locale.GERMAN));
            throw new IllegalStateException("a later step of the same transaction failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(registrations.countMatching(event.id(), null, null)).isZero();
        assertThat(outboxMails.findByRecipient(email)).isEmpty();
        assertThat(jdbc.sql("select coalesce(sum(seats_taken), 0) from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single()).isZero();
        // A mail that is not in the outbox has no task to send it, now or after any restart.
        assertThat(jdbc.sql("""
                        select count(*) from scheduled_tasks t
                         where t.task_name = 'send-mail'
                           and not exists (select 1 from outbox_mail m where m.id::text = t.task_instance)
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void a_registration_committed_while_no_worker_runs_is_mailed_exactly_once_when_work_resumes() {
        Event event = fixtures.publishedEvent(organizer, 20);
        String email = RegistrationFixtures.email("restart");
        scheduler.pause();

        transaction.executeWithoutResult(status -> management.register(event.id(), input(email, Locale.GERMAN)));
        assertThat(outboxMails.findByRecipient(email)).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo("PENDING"));
        UUID id = outboxMails.findByRecipient(email).get(0).id();

        scheduler.resume();
        await().atMost(DELIVERY).until(() -> outboxMails.findById(id).orElseThrow().status().equals("SENT"));
        assertThat(testMail.to(email)).hasSize(1);
    }

    private RegistrationId registration(Event event) {
        return registrations.search(event.id(), null, null, 1, 0).get(0).id();
    }

    private static RegistrationInput input(String email, Locale locale) {
        return new RegistrationInput("Erika", email, null, null, null, null, true, locale, null);
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String attachment(Part part, String type) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return new String(body.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                String nested = attachment(body, type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String uid(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
    }
}
