package de.offenekommune.browser;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;

/**
 * Creates organizer accounts, each a member of a fresh organization. Every call makes new ones, so
 * tests sharing the database never see each other's organizers.
 */
final class Organizers {

    static final String ORGANIZATION_NAME = "Initiative Offene Kommunen.NRW";

    private final UserAccounts accounts;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;

    Organizers(UserAccounts accounts, Organizations organizations, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
    }

    record Organizer(String email, String password, AccountPrincipal principal, OrganizationId organization,
            String organizationSlug) {

        /** Logs in through the German form, the quick way (not keyboard-only). */
        void logIn(Page page) {
            page.navigate("/login?lang=de");
            page.getByLabel("E-Mail-Adresse").fill(email);
            page.getByLabel("Passwort").fill(password);
            page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON).click();
            // organizers land on their events, administrators on their start page
            page.waitForURL(url -> url.endsWith("/manage/events") || url.endsWith("/admin"));
        }
    }

    Organizer create() {
        return create(PlatformRole.USER);
    }

    /** An administrator of the platform, who is also an organizer. */
    Organizer createAdministrator() {
        return create(PlatformRole.ADMIN);
    }

    private Organizer create(PlatformRole role) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        OrganizationId organization = OrganizationId.random();
        String slug = "oknrw-" + unique;
        organizations.create(new Organization(organization, slug, ORGANIZATION_NAME,
                OrganizationKind.CIVIC_GROUP, "Von Bürgern für Bürger", "https://www.oknrw.de", null));
        String email = "organizer-" + unique + "@example.org";
        String password = "korrekt-pferd-batterie-" + unique;
        UserId id = UserId.random();
        accounts.create(new UserAccount(id, email, "Organizer " + unique, passwordEncoder.encode(password),
                role, true, null));
        organizations.addMember(organization, id);
        return new Organizer(email, password, accounts.findPrincipal(id).orElseThrow(), organization, slug);
    }
}
