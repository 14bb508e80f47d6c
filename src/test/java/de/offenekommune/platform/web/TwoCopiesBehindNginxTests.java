package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.OffeneKommuneApplication;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.TestMail;
import de.offenekommune.Visitor;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.RegistrationFixtures;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The repository's nginx configuration ({@code deploy/nginx/offene-kommune.conf}) in front of two
 * application copies on one database, as the README describes it. nginx connects from 127.0.0.2, the only
 * proxy the copies trust; the tests' clients come from other loopback addresses.
 */
@Tag("concurrency")
class TwoCopiesBehindNginxTests {

    private static final String NGINX = "/usr/sbin/nginx";
    private static final String PROXY_ADDRESS = "127.0.0.2";

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static Process nginx;
    static int proxyPort;

    @BeforeAll
    static void start_two_copies_and_nginx() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(NGINX)), "nginx is not installed (.ci/run installs it)");
        first = copy(TestFixtures.class);
        second = copy();
        proxyPort = freePort();
        Path prefix = Files.createDirectories(Path.of("target", "nginx-" + UUID.randomUUID()).toAbsolutePath());
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Files.writeString(prefix.resolve("offene-kommune.conf"), proxyConfiguration(
                Files.readString(Path.of("deploy", "nginx", "offene-kommune.conf")), port(first), port(second)));
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %1$s/offene-kommune.conf;
                }
                """.formatted(prefix));
        nginx = new ProcessBuilder(NGINX, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> accepts(proxyPort));
    }

    @AfterAll
    static void stop_everything() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void the_client_address_is_the_one_nginx_saw_and_requests_reach_both_copies() throws IOException {
        Set<String> copies = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            // a client on 127.0.0.3 that claims another address: nginx replaces the claim with what it saw
            String answer = rawGet(InetAddress.getByName("127.0.0.3"), proxyPort, "/test/client",
                    "X-Forwarded-For: 203.0.113.9");
            assertThat(answer).contains("address=127.0.0.3;", "host=localhost;", "scheme=http;")
                    .doesNotContain("203.0.113.9");
            assertThat(answer).containsPattern("(?i)X-Request-Id: [0-9a-f]{32}");
            copies.add(answer.replaceAll("(?s).*copy=(\\d+);.*", "$1"));
        }
        assertThat(copies).containsExactlyInAnyOrder(String.valueOf(port(first)), String.valueOf(port(second)));
    }

    @Test
    void a_login_through_the_proxy_holds_on_both_copies() {
        TestFixtures.TestUser organizer = first.getBean(TestFixtures.class).organizer(first.getBean(TestFixtures.class)
                .organization());
        Visitor visitor = new Visitor(TestHttp.onPort(proxyPort));
        assertThat(visitor.login(organizer.email(), organizer.password()).statusCode()).isEqualTo(302);
        String session = visitor.cookie("ok_session");

        for (ConfigurableApplicationContext copy : new ConfigurableApplicationContext[] {first, second}) {
            HttpResponse<String> manage = new Visitor(TestHttp.onPort(port(copy))).withCookie("ok_session", session)
                    .get("/manage/events");
            assertThat(manage.statusCode()).as("copy on %d", port(copy)).isEqualTo(200);
        }
    }

    @Test
    void a_change_made_on_one_copy_shows_on_pages_kept_by_the_other_and_registrations_count_once() {
        // GIVEN an event whose page both copies keep
        RegistrationFixtures fixtures = new RegistrationFixtures(first);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        Instant start = Instant.now().plus(Duration.ofDays(30));
        RegistrationSettings settings = new RegistrationSettings(RegistrationMode.REQUIRED, null, 20, null, null);
        Event event = fixtures.published(organizer, settings, start);
        String path = "/events/" + event.slug();
        for (int i = 0; i < 4; i++) {
            assertThat(new Visitor(TestHttp.onPort(proxyPort)).get(path).body()).contains(event.details().title());
        }

        // WHEN the organizer renames it through the second copy
        String renamed = "Umbenannt " + UUID.randomUUID().toString().substring(0, 8);
        second.getBean(EventManagement.class).revise(organizer.principal(), event.id(), event.version(),
                RegistrationFixtures.details(settings, start, renamed), null, new Violations());

        // THEN every answer through the proxy, from either copy, soon has the new title
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int i = 0; i < 4; i++) {
                assertThat(new Visitor(TestHttp.onPort(proxyPort)).get(path).body()).contains(renamed);
            }
        });

        // AND five registrations through the proxy, spread over both copies, are five in the database
        TestHttp proxy = TestHttp.onPort(proxyPort);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> registered = RegistrationFixtures.registerThroughApi(proxy, event, "Gast",
                    RegistrationFixtures.email("nginx"));
            assertThat(registered.statusCode()).isEqualTo(202);
        }
        assertThat(first.getBean(JdbcClient.class).sql("select count(*) from registration where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single()).isEqualTo(5);
    }

    /** The repository's configuration with this test's copies, port and proxy address. */
    static String proxyConfiguration(String configuration, int firstPort, int secondPort) {
        String upstream = "    server 127.0.0.1:" + firstPort + ";\n    server 127.0.0.1:" + secondPort + ";\n";
        String adapted = configuration
                .replaceFirst("(?s)(upstream offene_kommune \\{\\n).*?(    keepalive)", "$1" + upstream + "$2")
                .replaceFirst("listen 80;", "listen 127.0.0.1:" + proxyPort + ";")
                .replaceFirst("server_name [^;]+;", "server_name localhost;")
                .replaceFirst("(proxy_pass [^;]+;)", "$1\n        proxy_bind " + PROXY_ADDRESS + ";");
        assertThat(adapted).contains(upstream, "proxy_bind", "listen 127.0.0.1:");
        return adapted;
    }

    private static ConfigurableApplicationContext copy(Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 3];
        sources[0] = OffeneKommuneApplication.class;
        sources[1] = TestMail.class;
        sources[2] = ClientEcho.class;
        System.arraycopy(extra, 0, sources, 3, extra.length);
        // The proxy is the only one trusted: a client's own X-Forwarded-For would count for nothing.
        return new SpringApplicationBuilder(sources).profiles("test")
                .run("--server.port=0", "--ok.trusted-proxies=" + PROXY_ADDRESS);
    }

    private static int port(ConfigurableApplicationContext copy) {
        return ((WebServerApplicationContext) copy).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A GET from a chosen local address, which Java's HTTP client cannot pick. */
    private static String rawGet(InetAddress from, int port, String path, String header) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + header
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the copy made of the request: the client address, host and scheme, and which copy it is. */
    @RestController
    static class ClientEcho {

        @GetMapping(path = "/test/client", produces = "text/plain")
        String client(HttpServletRequest request) {
            return "address=" + request.getRemoteAddr() + "; host=" + request.getHeader("Host") + "; scheme="
                    + request.getScheme() + "; copy=" + request.getLocalPort() + ";";
        }
    }
}
