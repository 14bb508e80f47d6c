package de.offenekommune.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.Organization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Organizers and administrators set up webhooks, send a test message and read the delivery log. */
@IntegrationTest
class WebhookPagesTests {

    @Autowired
    TestHttp http;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JsonMapper json;

    WebhookReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void an_organizer_sets_up_a_webhook_sends_a_test_message_and_sees_it_delivered_in_the_log() {
        // GIVEN an organizer on the webhook page
        Organization organization = fixtures.organization();
        Visitor organizer = loggedIn(fixtures.organizer(organization));
        assertThat(organizer.get("/manage/webhooks").statusCode()).isEqualTo(200);

        // WHEN they register the receiver's address
        HttpResponse<String> registered = organizer.submit("/manage/webhooks", "/manage/webhooks", Map.of(
                "organization", organization.id().value().toString(), "url", receiver.url(), "description", "Website"));

        // THEN they land on the new endpoint, which shows its secret
        assertThat(registered.statusCode()).isEqualTo(302);
        String page = registered.headers().firstValue("Location").orElseThrow();
        assertThat(page).matches(".*/manage/webhooks/[0-9a-f-]{36}");
        String path = page.substring(page.indexOf("/manage/"));
        Document endpoint = Jsoup.parse(organizer.get(path).body());
        assertThat(endpoint.select("#secret").text()).startsWith("whsec_");
        assertThat(endpoint.text()).contains("Noch keine Nachrichten");

        // WHEN they press "send test message"
        HttpResponse<String> tested = organizer.submit(path, path + "/test", Map.of());

        // THEN the receiver gets it, and the delivery log says it was delivered with answer 200
        assertThat(tested.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() == 1);
        assertThat(json.readTree(receiver.received().get(0).body()).get("type").asString()).isEqualTo("webhook.test");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Document log = Jsoup.parse(organizer.get(path).body());
            assertThat(log.select("#delivery-log tbody tr")).singleElement().satisfies(row -> {
                assertThat(row.text()).contains("webhook.test", "Zugestellt", "200");
            });
        });
    }

    @Test
    void an_address_that_is_no_web_address_is_refused_with_the_input_kept() {
        Organization organization = fixtures.organization();
        Visitor organizer = loggedIn(fixtures.organizer(organization));

        HttpResponse<String> refused = organizer.submit("/manage/webhooks", "/manage/webhooks", Map.of(
                "organization", organization.id().value().toString(), "url", "ftp://cms.example.de/hooks"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#url").attr("value")).isEqualTo("ftp://cms.example.de/hooks");
        assertThat(page.select("#url-error").text()).contains("https://");
    }

    @Test
    void the_platform_webhooks_are_for_administrators_and_an_endpoint_is_only_for_its_organization() {
        // GIVEN an administrator's platform endpoint and an organizer of another organization
        Visitor admin = loggedIn(fixtures.admin());
        HttpResponse<String> registered = admin.submit("/admin/webhooks", "/admin/webhooks",
                Map.of("url", receiver.url()));
        assertThat(registered.statusCode()).isEqualTo(302);
        String location = registered.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/admin/"));
        Visitor organizer = loggedIn(fixtures.organizer(fixtures.organization()));

        // THEN the organizer may not enter the admin area, nor see the endpoint under their own
        assertThat(organizer.get("/admin/webhooks").statusCode()).isEqualTo(403);
        assertThat(organizer.get(path.replace("/admin/", "/manage/")).statusCode()).isEqualTo(404);
        // AND the administrator removes it again
        assertThat(admin.submit(path, path + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void the_openapi_document_describes_every_webhook() {
        JsonNode document = json.readTree(http.get("/api/v1/openapi.json", "application/json").body());

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("webhooks").propertyNames())
                .contains("event.published", "event.changed", "event.postponed", "event.cancelled", "webhook.test");
        JsonNode published = document.get("webhooks").get("event.published").get("post");
        assertThat(published.get("parameters").findValuesAsString("name"))
                .contains("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(document.get("components").get("schemas").get("WebhookEvent").get("properties").propertyNames())
                .contains("id", "title", "status", "startsAt", "url", "organizer");
    }

    private Visitor loggedIn(TestUser user) {
        Visitor visitor = new Visitor(http);
        assertThat(visitor.login(user.email(), user.password()).statusCode()).isEqualTo(302);
        return visitor;
    }
}
