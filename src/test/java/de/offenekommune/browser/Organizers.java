package de.offenekommune.browser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
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

        /**
         * Logs in through the German form, the quick way (not keyboard-only), and lands where the form leads. A
         * session this organizer got so in an earlier test of this JVM is taken up again instead, as long as it
         * still holds (not logged out, not ended by a password change, not expired).
         */
        void logIn(Page page) {
            SignedIn earlier = SIGNED_IN.get(email);
            if (earlier != null) {
                page.context().addCookies(earlier.cookies());
                page.navigate(earlier.landing());
                if (URI.create(page.url()).getPath().equals(earlier.landing())) {
                    return;
                }
                page.context().clearCookies();
            }
            page.navigate("/login?lang=de");
            page.getByLabel("E-Mail-Adresse").fill(email);
            page.getByLabel("Passwort").fill(password);
            page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON).click();
            // organizers land on their events, administrators on their start page
            page.waitForURL(url -> url.endsWith("/manage/events") || url.endsWith("/admin"));
            SIGNED_IN.put(email, new SignedIn(page.context().cookies(), URI.create(page.url()).getPath()));
        }
    }

    /** The cookies of a browser signed in by {@link Organizer#logIn}, and the path of the page it landed on. */
    private record SignedIn(List<Cookie> cookies, String landing) {
    }

    /** Per organizer: logging in costs a password hash and two pages, many tests log in as the same one. */
    private static final Map<String, SignedIn> SIGNED_IN = new ConcurrentHashMap<>();

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
