package de.offenekommune.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.PlatformRole;

/**
 * Organizers as the browser tests need them: made by {@link TestFixtures}, each a member of a fresh organization
 * named like the organizer of the reference conference, and able to log in through the form.
 */
final class Organizers {

    static final String ORGANIZATION_NAME = "Initiative Offene Kommunen.NRW";

    private final TestFixtures fixtures;

    Organizers(TestFixtures fixtures) {
        this.fixtures = fixtures;
    }

    record Organizer(String email, String password, AccountPrincipal principal, OrganizationId organization,
            String organizationSlug) {

        static Organizer of(TestUser user, Organization organization) {
            return new Organizer(user.email(), user.password(), user.principal(), organization.id(), organization.slug());
        }

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
        Organization organization = fixtures.organizationNamed(ORGANIZATION_NAME, "Von Bürgern für Bürger");
        return Organizer.of(fixtures.user(role, organization), organization);
    }
}
