package de.offenekommune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;

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
        assertThat(tokens.findOwner(token)).isEmpty();
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
}
