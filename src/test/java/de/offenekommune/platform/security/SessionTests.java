package de.offenekommune.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;

/** Logged-in sessions: their lifetime, parallel requests in one session, and where redirects lead. */
@IntegrationTest
class SessionTests {

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestClock clock;

    @Value("${local.server.port}")
    int port;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Visitor loggedIn(TestUser user) {
        Visitor visitor = new Visitor(http);
        assertThat(visitor.login(user.email(), user.password()).statusCode()).isEqualTo(302);
        return visitor;
    }

    @Test
    void a_login_ends_after_its_absolute_lifetime_however_active_the_session_is() {
        // GIVEN an organizer who logged in and keeps working
        Visitor organizer = loggedIn(fixtures.organizer(fixtures.organization()));
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(organizer.get("/manage/events").statusCode()).isEqualTo(200);

        // WHEN twelve hours have passed since the login
        clock.advance(Duration.ofMinutes(2));

        // THEN the next request asks for a new login, and the old session is gone
        String session = organizer.cookie("ok_session");
        HttpResponse<String> response = organizer.get("/manage/events");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
        clock.reset();
        assertThat(new Visitor(http).withCookie("ok_session", session).get("/manage/events").statusCode()).isEqualTo(302);
    }

    @Test
    void parallel_requests_of_one_session_that_add_the_same_attribute_all_succeed() {
        // GIVEN a logged-in organizer with the form token of their account page
        Visitor organizer = loggedIn(fixtures.organizer(fixtures.organization()));
        String formToken = Visitor.csrfToken(organizer.get("/account").body());
        String cookies = "ok_session=" + organizer.cookie("ok_session") + "; ok_csrf=" + organizer.cookie("ok_csrf");

        // WHEN several clicks that each leave a message for the next page arrive at once
        List<CompletableFuture<HttpResponse<String>>> clicks = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.send(HttpRequest
                        .newBuilder(URI.create(http.baseUrl() + "/account/tokens/" + UUID.randomUUID() + "/revoke"))
                        .header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + formToken))
                        .build())))
                .toList();

        // THEN each gets its answer, none an error
        assertThat(clicks.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(302);
        assertThat(organizer.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void redirects_never_lead_to_the_host_a_client_claims() {
        // GIVEN a request for a protected page with a forged Host header
        Raw first = raw("GET /manage/events HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.headers().get("location")).doesNotContain("evil.example").isEqualTo("/login");
        String session = first.cookie("ok_session");
        assertThat(session).as("the page asked for is remembered in a session").isNotNull();

        // WHEN the person logs in within that session
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http).withCookie("ok_session", session);
        HttpResponse<String> login = visitor.login(organizer.email(), organizer.password());

        // THEN they are sent back to the page on this site, not to the forged host
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("/manage/events").doesNotContain("evil.example"));
    }

    @Test
    void the_login_redirect_is_relative_whatever_the_host_header_says() {
        Raw response = raw("GET /account HTTP/1.1\r\nHost: evil.example:8443\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().get("location")).isEqualTo("/login");
    }

    private record Raw(int status, Map<String, String> headers, List<String> setCookies) {

        String cookie(String name) {
            return setCookies.stream().map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1)).findFirst().orElse(null);
        }
    }

    /** One request as bytes on the wire: the JDK's HTTP client does not let a test set the Host header. */
    private Raw raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            List<String> cookies = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).strip().toLowerCase();
                String value = line.substring(colon + 1).strip();
                headers.put(name, value);
                if (name.equals("set-cookie")) {
                    cookies.add(value);
                }
            }
            return new Raw(status, headers, cookies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
