package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.LogRecorder;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.internal.InvitationManagement;
import de.offenekommune.account.internal.InvitationRequest;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * Registering, commenting, logging in (and failing to) and inviting log neither the person's email nor
 * name, and every line of a request carries its id, which the answer repeats.
 */
@IntegrationTest
class PersonalDataInLogsTests {

    @Autowired
    TestHttp http;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    CommentSubmissions comments;
    @Autowired
    InvitationManagement invitations;

    @Test
    void the_flows_that_take_personal_data_log_none_of_it() {
        // GIVEN names and emails found nowhere else
        String marker = TestFixtures.unique("log");
        String registrant = "Reginald " + marker;
        String registrantEmail = "anmeldung-" + marker + "@example.org";
        String commenter = "Kommentatorin " + marker;
        String commenterEmail = "kommentar-" + marker + "@example.org";
        String invitee = "Eingeladene " + marker;
        String inviteeEmail = "einladung-" + marker + "@example.org";
        RegistrationFixtures registrations = new RegistrationFixtures(context);
        Event event = registrations.publishedEvent(registrations.organizer(), 50);
        TestFixtures.TestUser admin = fixtures.admin();
        long position = LogRecorder.position();

        // WHEN a person registers, another comments as a guest, someone fails to log in with a third address,
        // an administrator invites that person, and the administrator logs in
        HttpResponse<String> registered = RegistrationFixtures.registerThroughApi(http, event, registrant,
                registrantEmail);
        assertThat(registered.statusCode()).isEqualTo(202);
        registrations.confirm(registrantEmail);
        comments.submit(event, new CommentSubmission(commenter, commenterEmail, "Ich komme gern.", null, true),
                new Commenter(null, RegistrationFixtures.randomAddress(), Locale.GERMAN));
        assertThat(new Visitor(http).login(inviteeEmail, "Falsches-Passwort-123").statusCode()).isEqualTo(401);
        invitations.invite(admin.principal(), new InvitationRequest(inviteeEmail, invitee, PlatformRole.MODERATOR,
                List.of(), Locale.GERMAN));
        assertThat(new Visitor(http).login(admin.email(), admin.password()).statusCode()).isEqualTo(302);

        // THEN lines were written, and none names anybody
        List<String> lines = LogRecorder.since(position);
        String requestId = registered.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("[" + requestId + "] ").contains("Registration"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).containsAnyOf(marker, registrantEmail, registrant,
                commenter, commenterEmail, invitee, inviteeEmail, admin.email()));
    }

    @Test
    void every_answer_carries_a_request_id_and_a_proxys_id_is_kept() {
        HttpResponse<String> page = http.get("/", "text/html");
        assertThat(page.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/nowhere"))
                .header("X-Request-Id", "4f1c2a9be0d34c7f").build());
        assertThat(proxied.statusCode()).isEqualTo(404);
        assertThat(proxied.headers().firstValue("X-Request-Id")).hasValue("4f1c2a9be0d34c7f");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/"))
                .header("X-Request-Id", "x\" injected=").build());
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }
}
