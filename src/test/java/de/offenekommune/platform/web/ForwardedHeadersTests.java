package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.SeparateCopy;
import de.offenekommune.TestHttp;
import de.offenekommune.event.Event;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * {@code X-Forwarded-For} names the client only when the peer is a proxy the operator trusts: the tests'
 * profile trusts loopback, a fresh installation (the separate copy) trusts nobody. Seen through the
 * per-address registration limit (30 per window), which a forged header would otherwise bypass.
 */
@IntegrationTest
class ForwardedHeadersTests {

    /** Two windows' worth and one: at least one window sees more than the limit, even across a window's end. */
    private static final int ATTEMPTS = 61;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestHttp http;

    @Test
    void a_forged_forwarded_address_from_a_peer_nobody_named_does_not_change_the_client_address() {
        // GIVEN an installation without trusted proxies and an event open for registration
        SeparateCopy copy = SeparateCopy.get();
        RegistrationFixtures fixtures = new RegistrationFixtures(copy.context());
        Event event = fixtures.publishedEvent(fixtures.organizer(), null);

        try {
            // WHEN one client on loopback registers again and again, each time claiming another address
            List<Integer> statuses = registerWithForgedAddresses(copy.http(), event);

            // THEN all its registrations count against its own address, and the limit stops it
            assertThat(statuses).contains(202).contains(429);
        } finally {
            // Other tests of the copy register from loopback too.
            RateLimiter limiter = copy.context().getBean(RateLimiter.class);
            limiter.reset("registration-address", "127.0.0.1");
            limiter.reset("registration-address", "0:0:0:0:0:0:0:1");
        }
    }

    @Test
    void a_forged_forwarded_address_from_a_trusted_proxy_is_taken_as_the_client_address() {
        // GIVEN the tests' installation, which trusts the proxy on loopback
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), null);

        // WHEN the proxy forwards registrations of many different clients
        List<Integer> statuses = registerWithForgedAddresses(http, event);

        // THEN each client has a limit of its own
        assertThat(statuses).containsOnly(202);
    }

    private static List<Integer> registerWithForgedAddresses(TestHttp client, Event event) {
        List<Integer> statuses = new ArrayList<>();
        String network = "203.0." + (100 + (int) (Math.random() * 100)) + ".";
        for (int i = 1; i <= ATTEMPTS; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/v1/events/" + event.id() + "/registrations"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", network + i)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name":"Erika","email":"%s","consent":true}""".formatted(RegistrationFixtures.email("forwarded"))))
                    .build();
            statuses.add(client.send(request).statusCode());
        }
        return statuses;
    }
}
