package de.offenekommune.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccounts;

@IntegrationTest
class AdminBootstrapTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder passwordEncoder;

    private AdminBootstrap bootstrap(String email, String password) {
        return new AdminBootstrap(new AdminBootstrapProperties(email, password, "Administration", null), accounts, tokens,
                passwordEncoder);
    }

    @Test
    void the_first_administrator_is_not_created_with_a_common_password() {
        String email = TestFixtures.unique("erste") + "@example.org";

        assertThatIllegalStateException()
                .isThrownBy(() -> bootstrap(email, "passwordpassword").run(new DefaultApplicationArguments()))
                .withMessageContaining("OK_ADMIN_PASSWORD").withMessageContaining("attackers try first");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void the_first_administrator_is_created_with_a_good_password() {
        String email = TestFixtures.unique("erste") + "@example.org";

        bootstrap(email, "Rathaus am Markt, Zimmer 12").run(new DefaultApplicationArguments());

        assertThat(accounts.findByEmail(email)).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(PlatformRole.ADMIN);
            assertThat(passwordEncoder.matches("Rathaus am Markt, Zimmer 12", admin.passwordHash())).isTrue();
        });
    }
}
