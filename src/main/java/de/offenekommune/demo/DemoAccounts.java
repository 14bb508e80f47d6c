package de.offenekommune.demo;

import org.springframework.stereotype.Component;

import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.platform.DemoInstallation;

/** The demo is installed while its accounts with published passwords can log in. */
@Component
class DemoAccounts implements DemoInstallation {

    private final UserAccounts accounts;

    DemoAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean hasDemoContent() {
        return accounts.findByEmail(DemoContent.ORGANIZER_EMAIL).filter(UserAccount::enabled).isPresent()
                || accounts.findByEmail(DemoContent.ADMIN_EMAIL).filter(UserAccount::enabled).isPresent();
    }
}
