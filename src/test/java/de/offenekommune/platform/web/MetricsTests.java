package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * Prometheus metrics on the management port: requests by route template, registrations, outbox and
 * background tasks, the database pool; never on the application's port, never with personal data.
 */
@IntegrationTest
class MetricsTests {

    @Autowired
    TestHttp http;

    @Autowired
    ApplicationContext context;

    @LocalManagementPort
    int managementPort;

    @Test
    void metrics_show_routes_and_business_counts_but_no_personal_data() {
        // GIVEN a registration with a name and an email found nowhere else
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 50);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Metrikprobe " + marker;
        String email = RegistrationFixtures.email("metrics-" + marker);
        double before = registrations(scrape());

        // WHEN the person registers through the API and the event page is read
        HttpResponse<String> registered = RegistrationFixtures.registerThroughApi(http, event, name, email);
        assertThat(registered.statusCode()).isEqualTo(202);
        assertThat(http.get("/events/" + event.slug(), "text/html").statusCode()).isEqualTo(200);
        String metrics = scrape();

        // THEN requests are counted by route template, not by the address asked for
        assertThat(metrics).contains("uri=\"/api/v1/events/{id}/registrations\"");
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        assertThat(metrics).doesNotContain(event.id().toString(), event.slug());
        // AND the registration is counted
        assertThat(registrations(metrics)).isEqualTo(before + 1);
        // AND outbox, background tasks and the database pool are there
        assertThat(metrics).contains("ok_outbox_pending{", "ok_outbox_oldest_pending_age_seconds{", "ok_outbox_failed{",
                "ok_tasks_lag_seconds{", "ok_comments_total{", "dbscheduler_task_completions_total{",
                "hikaricp_connections_active{");
        // AND nothing of the person
        assertThat(metrics).doesNotContain(marker, email, name);
    }

    @Test
    void metrics_and_health_details_are_not_served_on_the_application_port() {
        assertThat(http.get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(404);
        assertThat(http.get("/actuator/health", "application/json").statusCode()).isEqualTo(404);
        // The probes are, for load balancers that see only this port.
        assertThat(http.get("/readyz", "application/json").statusCode()).isEqualTo(200);
        assertThat(http.get("/livez", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void readiness_includes_the_database() {
        HttpResponse<String> readiness = TestHttp.onPort(managementPort).get("/actuator/health/readiness",
                "application/json");
        assertThat(readiness.statusCode()).isEqualTo(200);
        // DatabaseOutageTests shows it going DOWN with the database.
        assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
                .contains("db");
    }

    private String scrape() {
        HttpResponse<String> response = TestHttp.onPort(managementPort).get("/actuator/prometheus", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double registrations(String metrics) {
        return metrics.lines()
                .filter(line -> line.startsWith("ok_registrations_total{") && line.contains("place=\"seat\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
