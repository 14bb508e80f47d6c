package de.offenekommune.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;

/**
 * Creates the first administrator from the environment. An existing account is never changed, so a
 * password changed in the UI survives restarts.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_TOKEN_LENGTH = 32;

    private final AdminBootstrapProperties properties;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;

    AdminBootstrap(AdminBootstrapProperties properties, UserAccounts accounts, ApiTokens tokens,
            PasswordEncoder passwordEncoder) {
        this.properties = properties;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (isBlank(properties.email())) {
            return;
        }
        UserAccount admin = accounts.findByEmail(properties.email()).orElseGet(this::createAdmin);
        if (admin == null) {
            return;
        }
        String token = properties.apiToken();
        if (!isBlank(token)) {
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalStateException("OK_ADMIN_API_TOKEN must have at least " + MIN_TOKEN_LENGTH + " characters");
            }
            if (!tokens.exists(token)) {
                tokens.register(admin.id(), "OK_ADMIN_API_TOKEN", token);
                log.info("Registered the API token from OK_ADMIN_API_TOKEN");
            }
        }
    }

    private UserAccount createAdmin() {
        String password = properties.password();
        if (isBlank(password)) {
            throw new IllegalStateException("OK_ADMIN_EMAIL is set, so OK_ADMIN_PASSWORD must be set too");
        }
        Passwords.problem(password).ifPresent(problem -> {
            throw new IllegalStateException(problem == Passwords.Problem.LENGTH
                    ? "OK_ADMIN_PASSWORD must have " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters"
                    : "OK_ADMIN_PASSWORD is one of the passwords attackers try first; choose another");
        });
        UserAccount admin = new UserAccount(UserId.random(), properties.email().trim(), properties.name(),
                passwordEncoder.encode(password), PlatformRole.ADMIN, true, null);
        accounts.create(admin);
        log.info("Created the administrator account from OK_ADMIN_EMAIL");
        return admin;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
