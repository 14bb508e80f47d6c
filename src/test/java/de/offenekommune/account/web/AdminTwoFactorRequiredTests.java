package de.offenekommune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.OperatorLoginTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.account.PlatformRole;

/** {@code OK_ADMIN_TWO_FACTOR_REQUIRED=true}: administrators enrol before anything else and cannot switch it off. */
@OperatorLoginTest
class AdminTwoFactorRequiredTests {

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void an_administrator_without_second_factor_is_sent_to_enrolment_before_anything_else() {
        TestUser admin = fixtures.user(PlatformRole.ADMIN);
        Visitor visitor = new Visitor(http);
        visitor.login(admin.email(), admin.password());

        for (String path : new String[] {"/admin", "/admin/users", "/manage/events", "/account", "/"}) {
            HttpResponse<String> held = visitor.get(path);
            assertThat(held.statusCode()).as(path).isEqualTo(302);
            assertThat(location(held)).as(path).endsWith("/account/two-factor");
        }
        String enrolment = visitor.get("/account/two-factor").body();
        assertThat(Jsoup.parse(enrolment).select("#must-enrol").text()).contains("Bevor Sie weiterarbeiten");
        assertThat(Jsoup.parse(enrolment).select("img.ok-qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");

        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        clock.set(now);
        HttpResponse<String> confirmed = visitor.submit("/account/two-factor", "/account/two-factor",
                Map.of("code", TotpCodes.code(TotpCodes.secretOn(enrolment), now)));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(TotpCodes.recoveryCodesOn(visitor.get("/account/two-factor").body())).hasSize(10);

        assertThat(visitor.get("/admin").statusCode()).isEqualTo(200);
        String manage = visitor.get("/account/two-factor").body();
        assertThat(Jsoup.parse(manage).select("form[action=/account/two-factor/disable]")).isEmpty();
        assertThat(visitor.submit("/account/two-factor", "/account/two-factor/disable", Map.of("code", "000000")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void organizers_are_not_held_up() {
        TestUser organizer = fixtures.organizer(fixtures.organization());
        Visitor visitor = new Visitor(http);
        visitor.login(organizer.email(), organizer.password());

        assertThat(visitor.get("/manage/events").statusCode()).isEqualTo(200);
    }
}
