package de.offenekommune.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;

@IntegrationTest
class UserAccountsTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    private static UserAccount account(String email) {
        return new UserAccount(UserId.random(), email, " Anna Muster ", "{noop}nicht-benutzt", PlatformRole.USER, true, null);
    }

    @Test
    void creates_an_account_and_finds_it_by_email_and_id() {
        String email = TestFixtures.unique("anna") + "@example.org";
        UserAccount account = account(" " + email + " ");

        assertThat(accounts.create(account)).isTrue();

        UserAccount stored = accounts.findById(account.id()).orElseThrow();
        assertThat(stored.email()).as("trimmed").isEqualTo(email);
        assertThat(stored.displayName()).isEqualTo("Anna Muster");
        assertThat(stored.role()).isEqualTo(PlatformRole.USER);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.createdAt()).isNotNull();
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(account.id()));
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        String email = TestFixtures.unique("Bernd") + "@Example.ORG";
        UserAccount first = account(email);
        assertThat(accounts.create(first)).isTrue();

        boolean second = accounts.create(account(email.toLowerCase()));
        boolean third = accounts.create(account(email.toUpperCase()));

        assertThat(second).isFalse();
        assertThat(third).isFalse();
        assertThat(accounts.findByEmail(email.toUpperCase())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(first.id());
            assertThat(found.email()).as("stored as typed").isEqualTo(email);
        });
    }

    @Test
    void an_unknown_email_finds_nobody() {
        assertThat(accounts.findByEmail(TestFixtures.unique("niemand") + "@example.org")).isEmpty();
    }

    @Test
    void a_changed_password_replaces_the_old_hash() {
        UserAccount account = account(TestFixtures.unique("carla") + "@example.org");
        accounts.create(account);

        accounts.changePassword(account.id(), passwordEncoder.encode("Ein-neues-Passwort-2026"));

        String hash = accounts.findById(account.id()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Ein-neues-Passwort-2026");
        assertThat(passwordEncoder.matches("Ein-neues-Passwort-2026", hash)).isTrue();
    }

    @Test
    void access_changes_take_effect_and_count_enabled_admins_only() {
        long admins = accounts.countAdmins();
        UserAccount account = account(TestFixtures.unique("dora") + "@example.org");
        accounts.create(account);

        accounts.changeAccess(account.id(), PlatformRole.ADMIN, true);
        assertThat(accounts.countAdmins()).isEqualTo(admins + 1);
        assertThat(accounts.findPrincipal(account.id())).hasValueSatisfying(principal -> {
            assertThat(principal.isAdmin()).isTrue();
            assertThat(principal.getAuthorities()).extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_USER", "ROLE_MODERATOR", "ROLE_ADMIN");
        });

        accounts.changeAccess(account.id(), PlatformRole.ADMIN, false);
        assertThat(accounts.countAdmins()).isEqualTo(admins);
        assertThat(accounts.findById(account.id()).orElseThrow().enabled()).isFalse();
    }
}
