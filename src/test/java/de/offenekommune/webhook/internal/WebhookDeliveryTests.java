package de.offenekommune.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.Violations;
import de.offenekommune.webhook.WebhookReceiver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event changes reach the registered endpoints as signed JSON, through the delivery table and the background
 * task, with retries at doubling intervals on the application's clock.
 */
@IntegrationTest
class WebhookDeliveryTests {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** What a test waits for is looked at this often: the receiver's list or a query on a few rows. */
    private static final Duration POLL = Duration.ofMillis(20);

    @Autowired
    TestFixtures fixtures;
    @Autowired
    WebhookManagement webhooks;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    WebhookProperties properties;
    @Autowired
    EventManagement management;
    @Autowired
    TestClock clock;
    @Autowired
    JsonMapper json;

    WebhookReceiver receiver;
    Organization organization;
    TestUser organizer;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void publishing_an_event_delivers_a_signed_message_to_the_organizations_endpoint() {
        // GIVEN an endpoint of the organization
        WebhookEndpoint endpoint = webhooks.register(organizer.principal(), organization.id(), receiver.url(), "CMS");

        // WHEN an event of the organization is published
        Event event = fixtures.published(organizer, organization, upcoming("Workshop Offene Daten").build());

        // THEN the receiver gets one message, signed with the endpoint's secret
        waiting().until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received message = receiver.received().get(0);
        assertThat(message.contentType()).isEqualTo("application/json");
        assertThat(message.id()).startsWith("msg_");
        assertThat(message.signature())
                .isEqualTo("v1," + hmac(endpoint.secret(), message.id() + "." + message.timestamp() + "." + message.body()));
        JsonNode body = json.readTree(message.body());
        assertThat(body.get("type").asString()).isEqualTo("event.published");
        assertThat(body.get("data").get("id").asString()).isEqualTo(event.id().value().toString());
        assertThat(body.get("data").get("title").asString()).isEqualTo("Workshop Offene Daten");
        assertThat(body.get("data").get("organizer").get("name").asString()).isEqualTo(organization.name());
        assertThat(body.get("data").get("url").asString()).endsWith("/events/" + event.slug());
        // AND the delivery log says so
        waiting().untilAsserted(() -> assertThat(deliveries.findByEndpoint(endpoint.id(), 10))
                .singleElement()
                .satisfies(delivery -> {
                    assertThat(delivery.status()).isEqualTo("DELIVERED");
                    assertThat(delivery.attempts()).isEqualTo(1);
                    assertThat(delivery.responseCode()).isEqualTo(200);
                    assertThat(delivery.lastAttemptAt()).isNotNull();
                }));
    }

    @Test
    void changes_postponements_and_cancellations_of_public_events_are_delivered_but_drafts_stay_silent() {
        // GIVEN an endpoint of the organization and a draft
        webhooks.register(organizer.principal(), organization.id(), receiver.url(), null);
        Event draft = fixtures.draft(organizer, organization, upcoming("Bürgerversammlung").build());
        management.revise(organizer.principal(), draft.id(), draft.version(),
                upcoming("Bürgerversammlung Nord").build(), null, new Violations());

        // WHEN it is published, changed, postponed and cancelled
        management.publish(organizer.principal(), draft.id());
        Event published = fixtures.reload(draft);
        management.revise(organizer.principal(), draft.id(), published.version(),
                upcoming("Bürgerversammlung Nordstadt").build(), null, new Violations());
        management.postpone(organizer.principal(), draft.id(), "Der Saal ist nicht frei.");
        management.cancel(organizer.principal(), draft.id(), "Fällt aus.");

        // THEN the receiver hears of the four public steps, not of the draft's change
        waiting().until(() -> receiver.received().size() >= 4);
        List<JsonNode> bodies = receiver.received().stream().map(received -> json.readTree(received.body())).toList();
        assertThat(bodies).extracting(body -> body.get("type").asString())
                .containsExactlyInAnyOrder("event.published", "event.changed", "event.postponed", "event.cancelled");
        assertThat(bodies).filteredOn(body -> body.get("type").asString().equals("event.cancelled"))
                .singleElement()
                .satisfies(body -> {
                    assertThat(body.get("data").get("status").asString()).isEqualTo("CANCELLED");
                    assertThat(body.get("data").get("statusNote").asString()).isEqualTo("Fällt aus.");
                });
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::id).doesNotHaveDuplicates();
    }

    @Test
    void a_platform_endpoint_hears_of_every_organization_and_an_organizations_endpoint_only_of_its_own() throws Exception {
        // GIVEN a platform-wide endpoint and one of another organization
        TestUser admin = fixtures.admin();
        WebhookEndpoint platform = webhooks.register(admin.principal(), null, receiver.url(), "Landesportal");
        Organization other = fixtures.organization();
        try (WebhookReceiver otherReceiver = new WebhookReceiver()) {
            webhooks.register(admin.principal(), other.id(), otherReceiver.url(), null);

            // WHEN an event of the first organization is published
            Event event = fixtures.published(organizer, organization, upcoming("Barcamp").build());

            // THEN the platform endpoint gets it, the other organization's does not
            waiting().until(() -> receiver.received().stream()
                    .anyMatch(received -> received.body().contains(event.id().value().toString())));
            assertThat(otherReceiver.received()).isEmpty();
        } finally {
            webhooks.remove(admin.principal(), platform.id());
        }
    }

    @Test
    void failed_deliveries_are_retried_at_doubling_intervals_with_the_same_message_id() {
        // GIVEN a receiver that fails, and a stopped clock
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        receiver.answer(503);
        WebhookEndpoint endpoint = webhooks.register(organizer.principal(), organization.id(), receiver.url(), null);

        // WHEN an event is published
        fixtures.published(organizer, organization, upcoming("Ratsinformation").build());

        // THEN the first attempt fails and the next one waits the retry delay
        Duration delay = properties.retryDelay();
        awaitDelivery(endpoint, 1, "PENDING");
        assertThat(single(endpoint).responseCode()).isEqualTo(503);
        assertThat(single(endpoint).nextAttemptAt()).isEqualTo(start.plus(delay));
        // AND nothing is tried before that time
        clock.set(start.plus(delay).minusSeconds(1));
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(single(endpoint).attempts()).isEqualTo(1);

        // WHEN the delay has passed
        clock.set(start.plus(delay));
        // THEN the second attempt fails too and the next one waits twice as long
        awaitDelivery(endpoint, 2, "PENDING");
        assertThat(single(endpoint).nextAttemptAt()).isEqualTo(start.plus(delay).plus(delay.multipliedBy(2)));

        // WHEN the receiver is back and that time has come
        receiver.answer(204);
        clock.set(start.plus(delay.multipliedBy(3)));
        // THEN the third attempt delivers the message, with the id of the first
        awaitDelivery(endpoint, 3, "DELIVERED");
        assertThat(single(endpoint).responseCode()).isEqualTo(204);
        assertThat(receiver.received()).hasSize(3).extracting(WebhookReceiver.Received::id).containsOnly(
                receiver.received().get(0).id());
    }

    @Test
    void a_delivery_is_given_up_after_the_last_attempt() {
        // GIVEN a receiver that always fails
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        receiver.answer(500);
        WebhookEndpoint endpoint = webhooks.register(organizer.principal(), organization.id(), receiver.url(), null);
        fixtures.published(organizer, organization, upcoming("Zukunftswerkstatt").build());

        // WHEN every attempt is made when due (at once rather than at the task's next poll; either may take it)
        for (int attempt = 1; attempt < properties.maxAttempts(); attempt++) {
            awaitDelivery(endpoint, attempt, "PENDING");
            clock.advance(properties.backoffAfter(attempt));
            dispatcher.deliverDue();
        }

        // THEN the last one gives up: no further attempt is planned
        awaitDelivery(endpoint, properties.maxAttempts(), "FAILED");
        assertThat(single(endpoint).nextAttemptAt()).isNull();
        assertThat(single(endpoint).lastError()).isEqualTo("HTTP 500");
        clock.advance(Duration.ofDays(30));
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(receiver.received()).hasSize(properties.maxAttempts());
    }

    @Test
    void the_test_message_reaches_the_endpoint() {
        // GIVEN an endpoint
        WebhookEndpoint endpoint = webhooks.register(organizer.principal(), organization.id(), receiver.url(), null);

        // WHEN its organizer sends a test message
        assertThat(webhooks.sendTest(organizer.principal(), endpoint.id())).isTrue();

        // THEN it arrives, signed, and the log shows it delivered
        waiting().until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received message = receiver.received().get(0);
        assertThat(json.readTree(message.body()).get("type").asString()).isEqualTo("webhook.test");
        assertThat(WebhookSignature.verify(endpoint.secret(), message.id(), Long.parseLong(message.timestamp()),
                message.body(), message.signature())).isTrue();
        awaitDelivery(endpoint, 1, "DELIVERED");
    }

    @Test
    void nobody_else_may_see_test_or_remove_an_organizations_endpoint() {
        // GIVEN an endpoint of the organization and an organizer of another one
        WebhookEndpoint endpoint = webhooks.register(organizer.principal(), organization.id(), receiver.url(), null);
        TestUser stranger = fixtures.organizer(fixtures.organization());

        // THEN for the stranger it does not exist
        assertThat(webhooks.findManageable(stranger.principal(), endpoint.id())).isEmpty();
        assertThat(webhooks.sendTest(stranger.principal(), endpoint.id())).isFalse();
        assertThat(webhooks.remove(stranger.principal(), endpoint.id())).isFalse();
        assertThat(webhooks.organizationEndpoints(stranger.principal())).extracting(WebhookEndpoint::id)
                .doesNotContain(endpoint.id());
        // AND the stranger may register neither for that organization nor for the whole platform
        for (var target : new de.offenekommune.account.OrganizationId[] {organization.id(), null}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> webhooks.register(stranger.principal(), target, receiver.url(), null))
                    .isInstanceOfSatisfying(InvalidWebhookException.class,
                            e -> assertThat(e.violations().has("organization")).isTrue());
        }
    }

    private void awaitDelivery(WebhookEndpoint endpoint, int attempts, String status) {
        waiting().untilAsserted(() -> {
            WebhookDelivery delivery = single(endpoint);
            assertThat(delivery.attempts()).isEqualTo(attempts);
            assertThat(delivery.status()).isEqualTo(status);
        });
    }

    /** Up to {@link #WAIT}, looking first at once and then every {@link #POLL}. */
    private static ConditionFactory waiting() {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(POLL);
    }

    private WebhookDelivery single(WebhookEndpoint endpoint) {
        List<WebhookDelivery> log = deliveries.findByEndpoint(endpoint.id(), 10);
        assertThat(log).hasSize(1);
        return log.get(0);
    }

    private static EventDetailsBuilder upcoming(String title) {
        return EventDetailsBuilder.workshop(title, LocalDateTime.now().plusDays(40).withHour(18).withMinute(0));
    }

    /** The signature computed here, independently of {@link WebhookSignature}. */
    private static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
