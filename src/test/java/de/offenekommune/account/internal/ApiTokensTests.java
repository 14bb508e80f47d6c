package de.offenekommune.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.CredentialsExpiredException;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.AccountPrincipal;

@IntegrationTest
class ApiTokensTests {

    @Autowired
    ApiTokens tokens;

    @Autowired
    ApiTokenAuthentication authentication;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_token_is_shown_once_and_only_its_sha256_is_stored() throws Exception {
        // GIVEN
        TestUser owner = fixtures.organizer();

        // WHEN
        String token = tokens.issue(owner.id(), "Stadt-CMS");

        // THEN the clear token appears nowhere in the table
        assertThat(token).startsWith("okt_").hasSize(4 + 43).matches("okt_[A-Za-z0-9_-]{43}");
        List<Map<String, Object>> rows = jdbc.sql("select * from api_token where user_id = :owner")
                .param("owner", owner.id().value()).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(token)
                    .doesNotContain(token.substring(4)));
            String sha256 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            assertThat(row.get("token_hash")).isEqualTo(sha256);
            assertThat(row.get("token_hint")).isEqualTo("…" + token.substring(token.length() - 4));
        });
    }

    @Test
    void lists_active_tokens_with_their_hint_and_never_the_token() {
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Kalender");

        assertThat(tokens.findActive(owner.id())).singleElement().satisfies(listed -> {
            assertThat(listed.name()).isEqualTo("Kalender");
            assertThat(listed.hint()).isEqualTo("…" + token.substring(token.length() - 4));
            assertThat(listed.createdAt()).isNotNull();
            assertThat(listed.lastUsedAt()).isNull();
            assertThat(listed.toString()).doesNotContain(token);
        });
    }

    @Test
    void a_token_authenticates_its_owner_and_records_its_use() {
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Portal");

        var result = authentication.verify(token);

        assertThat(result).hasValueSatisfying(auth -> {
            assertThat(auth.isAuthenticated()).isTrue();
            assertThat(((AccountPrincipal) auth.getPrincipal()).id()).isEqualTo(owner.id());
            assertThat(((AccountPrincipal) auth.getPrincipal()).getPassword()).isNull();
        });
        assertThat(tokens.findActive(owner.id())).singleElement()
                .satisfies(listed -> assertThat(listed.lastUsedAt()).isNotNull());
    }

    @Test
    void a_revoked_token_no_longer_authenticates() {
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Alt");
        var id = tokens.findActive(owner.id()).get(0).id();

        assertThat(tokens.revoke(owner.id(), id)).isTrue();

        assertThat(tokens.findActive(owner.id())).isEmpty();
        assertThat(tokens.use(token)).isEmpty();
        assertThat(authentication.verify(token)).isEmpty();
        assertThat(tokens.revoke(owner.id(), id)).as("revoking twice").isFalse();
    }

    @Test
    void nobody_revokes_someone_elses_token() {
        TestUser owner = fixtures.organizer();
        TestUser stranger = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Meins");
        var id = tokens.findActive(owner.id()).get(0).id();

        assertThat(tokens.revoke(stranger.id(), id)).isFalse();

        assertThat(authentication.verify(token)).isPresent();
    }

    @Test
    void unknown_tokens_and_tokens_of_disabled_accounts_authenticate_nobody() {
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Gesperrt");

        assertThat(authentication.verify("okt_" + "x".repeat(43))).isEmpty();
        assertThat(authentication.verify("kurz")).isEmpty();
        fixtures.disable(owner);
        assertThat(authentication.verify(token)).isEmpty();
    }

    @Test
    void a_token_made_without_a_choice_is_valid_for_the_default_ninety_days() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        TestUser owner = fixtures.organizer();

        tokens.issue(owner.id(), "Standard");

        assertThat(tokens.findActive(owner.id())).singleElement()
                .satisfies(listed -> assertThat(listed.expiresAt()).isEqualTo(now.plus(Duration.ofDays(90))));
    }

    @Test
    void validities_beyond_the_maximum_and_unlimited_tokens_are_refused_unless_the_operator_allows_them() {
        TestUser owner = fixtures.organizer();

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.issue(owner.id(), "Zu lang", Duration.ofDays(366)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.issue(owner.id(), "Ewig", null));
        assertThat(tokens.findActive(owner.id())).isEmpty();
    }

    @Test
    void a_tokens_use_is_recorded_at_most_once_a_minute() {
        // GIVEN a token used at a known time
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(first);
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Oft benutzt");
        authentication.verify(token);

        // WHEN it is used again within the minute, and after it
        clock.advance(Duration.ofSeconds(59));
        authentication.verify(token);
        Instant withinTheMinute = tokens.findActive(owner.id()).get(0).lastUsedAt();
        clock.advance(Duration.ofSeconds(2));
        authentication.verify(token);

        // THEN only the first and the later use were written
        assertThat(withinTheMinute).isEqualTo(first);
        assertThat(tokens.findActive(owner.id()).get(0).lastUsedAt()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void an_expired_token_is_refused_as_expired_and_its_use_is_not_recorded() {
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(created);
        TestUser owner = fixtures.organizer();
        String token = tokens.issue(owner.id(), "Abgelaufen", Duration.ofDays(7));

        clock.advance(Duration.ofDays(7));

        org.assertj.core.api.Assertions.assertThatExceptionOfType(CredentialsExpiredException.class)
                .isThrownBy(() -> authentication.verify(token));
        assertThat(tokens.findActive(owner.id())).singleElement().satisfies(listed -> {
            assertThat(listed.lastUsedAt()).isNull();
            assertThat(listed.expiredAt(clock.instant())).isTrue();
        });
    }
}
