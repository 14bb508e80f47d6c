package de.offenekommune;

import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.Events;
import de.offenekommune.platform.Violations;

/**
 * Organizations, users and events made through the application's own repositories and
 * {@link EventManagement}. Every call gets fresh names, slugs and emails, so tests never share data.
 */
@TestComponent
public class TestFixtures {

    /** The password of every user made here. */
    public static final String PASSWORD = "Richtiges-Passwort-2026";
    /**
     * {@link #PASSWORD} hashed once for every user made here, by bcrypt at its lowest cost and marked as the
     * application's delegating encoder marks it: the application checks it like any other hash (the cost is part
     * of it), in a millisecond instead of the tenth of a second of the default cost, at every login of a test user.
     */
    private static final String PASSWORD_HASH = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(4))).encode(PASSWORD);

    private final Organizations organizations;
    private final UserAccounts accounts;
    private final EventManagement management;
    private final Events events;

    TestFixtures(Organizations organizations, UserAccounts accounts, EventManagement management, Events events) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.management = management;
        this.events = events;
    }

    /** The fixtures of a context, also of one that did not import them (such as a second application copy). */
    public static TestFixtures of(ApplicationContext context) {
        return context.getBeanProvider(TestFixtures.class)
                .getIfAvailable(() -> context.getAutowireCapableBeanFactory().createBean(TestFixtures.class));
    }

    /** A user who can log in, with the principal Spring Security would build for them. */
    public record TestUser(UserId id, String email, String password, AccountPrincipal principal) {
    }

    /** Eight random hex digits: unique enough for names that must not collide within one database. */
    public static String unique() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    public static String unique(String prefix) {
        return prefix + "-" + unique();
    }

    /** A civic group modelled on the organizer of the reference conference. */
    public Organization organization() {
        return organization("Initiative Offene Kommunen.NRW", "Von Bürgern für Bürger");
    }

    /** An organization whose name ends in a fresh suffix, so that tests can tell theirs apart in listings. */
    public Organization organization(String name, @Nullable String tagline) {
        return organizationNamed(name + " " + unique(), tagline);
    }

    /** An organization with exactly this name (names need not be unique; the slug is fresh). */
    public Organization organizationNamed(String name, @Nullable String tagline) {
        return organizationNamed(name, OrganizationKind.CIVIC_GROUP, tagline);
    }

    public Organization organizationNamed(String name, OrganizationKind kind, @Nullable String tagline) {
        Organization organization = new Organization(OrganizationId.random(), "org-" + unique(), name, kind, tagline,
                "https://www.oknrw.de", null);
        if (!organizations.create(organization)) {
            throw new IllegalStateException("Organization slug taken: " + organization.slug());
        }
        return organization;
    }

    /** An organizer who belongs to the given organizations. */
    public TestUser organizer(Organization... memberOf) {
        return user(PlatformRole.USER, memberOf);
    }

    public TestUser admin() {
        return user(PlatformRole.ADMIN);
    }

    public TestUser user(PlatformRole role, Organization... memberOf) {
        return user(role, "Test " + role.name().toLowerCase(), memberOf);
    }

    /** A user with the name others see, e.g. as the author of a comment. */
    public TestUser user(PlatformRole role, String displayName, Organization... memberOf) {
        UserId id = UserId.random();
        String email = unique(role.name().toLowerCase()) + "@example.org";
        if (!accounts.create(new UserAccount(id, email, displayName, PASSWORD_HASH, role, true, null))) {
            throw new IllegalStateException("Email taken: " + email);
        }
        for (Organization organization : memberOf) {
            organizations.addMember(organization.id(), id);
        }
        return new TestUser(id, email, PASSWORD, accounts.findPrincipal(id).orElseThrow());
    }

    /** The user can no longer log in or use API tokens. */
    public void disable(TestUser user) {
        accounts.changeAccess(user.id(), user.principal().role(), false);
    }

    /** A draft with a fresh slug, saved through the same rules as the editor. */
    public Event draft(TestUser by, Organization organization, EventDetails details) {
        return management.create(by.principal(), organization.id(), details, unique("e"), new Violations());
    }

    public Event published(TestUser by, Organization organization, EventDetails details) {
        return publish(by.principal(), draft(by, organization, details));
    }

    /** A published event of a new organizer of a new organization, for tests that need no more of either. */
    public Event published(EventDetails details) {
        Organization organization = organization();
        return published(organizer(organization), organization, details);
    }

    /** A draft saved through the same rules as the editor, its address made from the title as the editor makes it. */
    public Event draft(AccountPrincipal by, OrganizationId organization, EventDetails details) {
        return management.create(by, organization, details, null, new Violations());
    }

    public Event published(AccountPrincipal by, OrganizationId organization, EventDetails details) {
        return publish(by, draft(by, organization, details));
    }

    private Event publish(AccountPrincipal by, Event draft) {
        management.publish(by, draft.id());
        return reload(draft);
    }

    public Event cancelled(TestUser by, Organization organization, EventDetails details, String reason) {
        Event event = published(by, organization, details);
        management.cancel(by.principal(), event.id(), reason);
        return reload(event);
    }

    /** The event as it is stored now. */
    public Event reload(Event event) {
        return events.findById(event.id()).orElseThrow();
    }
}
