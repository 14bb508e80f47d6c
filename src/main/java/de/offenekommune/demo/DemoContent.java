package de.offenekommune.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.account.Organizations;
import de.offenekommune.account.PlatformRole;
import de.offenekommune.account.UserAccount;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.account.UserId;
import de.offenekommune.barcamp.BarcampPlanning;
import de.offenekommune.comment.Comment;
import de.offenekommune.comment.CommentSubmission;
import de.offenekommune.comment.CommentSubmissions;
import de.offenekommune.comment.Commenter;
import de.offenekommune.media.ImageUploads;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.MunicipalityRegister;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.DatabaseMode;
import de.offenekommune.platform.Slugs;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;

/**
 * Fills an empty platform with the demo organizer, a dozen organizations from North Rhine-Westphalia
 * and their events: the reference conference of 2013 in the archive, upcoming events around today.
 * Runs only on first start (no organization exists yet), by default only on the embedded database.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    static final String ORGANIZER_EMAIL = "organisator@example.org";
    static final String ORGANIZER_PASSWORD = "Demo-Passwort-2026";
    /** The demo administration: sees the first steps and, while no mail server is set, the platform's mails. */
    static final String ADMIN_EMAIL = "verwaltung@example.org";
    static final String ADMIN_PASSWORD = ORGANIZER_PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final DemoProperties properties;
    private final DatabaseMode databaseMode;
    private final Organizations organizations;
    private final UserAccounts accounts;
    private final EventManagement events;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CommentSubmissions comments;
    private final MunicipalityRegister municipalities;
    private final ProgrammeManagement programmes;
    private final ImageUploads images;
    private final BarcampPlanning barcamp;

    DemoContent(DemoProperties properties, DatabaseMode databaseMode, Organizations organizations,
            UserAccounts accounts, EventManagement events, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction, Clock clock, CommentSubmissions comments,
            MunicipalityRegister municipalities, ProgrammeManagement programmes, ImageUploads images,
            BarcampPlanning barcamp) {
        this.barcamp = barcamp;
        this.programmes = programmes;
        this.images = images;
        this.comments = comments;
        this.municipalities = municipalities;
        this.properties = properties;
        this.databaseMode = databaseMode;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = properties.enabled() != null ? properties.enabled() : databaseMode == DatabaseMode.EMBEDDED;
        if (!enabled || !organizations.findAll().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded demo content and its two demo accounts (see the README)");
    }

    /** Everything of the demo, in the caller's transaction. */
    void load() {
        DemoMunicipalities.all().forEach(municipalities::add);
        Map<String, OrganizationId> ids = new HashMap<>();
        for (Organization organization : DemoCatalog.organizations()) {
            organizations.create(organization);
            ids.put(organization.slug(), organization.id());
        }
        UserId organizerId = UserId.random();
        accounts.create(new UserAccount(organizerId, ORGANIZER_EMAIL, "Demo-Organisatorin",
                passwordEncoder.encode(ORGANIZER_PASSWORD), PlatformRole.USER, true, null));
        organizations.addMember(ids.get(DemoCatalog.CIVIC_GROUP), organizerId);
        accounts.create(new UserAccount(UserId.random(), ADMIN_EMAIL, "Demo-Verwaltung",
                passwordEncoder.encode(ADMIN_PASSWORD), PlatformRole.ADMIN, true, null));

        // Demo data is entered by a system administrator acting for every organization.
        UserId systemId = UserId.random();
        accounts.create(new UserAccount(systemId, "demo-system@example.org", "Demo-System",
                passwordEncoder.encode(java.util.UUID.randomUUID().toString()), PlatformRole.ADMIN, false, null));
        AccountPrincipal system = accounts.findPrincipal(systemId).orElseThrow();

        Map<String, AccountPrincipal> commenters = new HashMap<>();
        commenters.put(null, accounts.findPrincipal(organizerId).orElseThrow());
        for (String name : DemoCatalog.COMMENTERS) {
            UserId id = UserId.random();
            accounts.create(new UserAccount(id, Slugs.fromTitle(name) + "@example.org", name,
                    passwordEncoder.encode(java.util.UUID.randomUUID().toString()), PlatformRole.USER, false, null));
            commenters.put(name, accounts.findPrincipal(id).orElseThrow());
        }

        LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
        Map<String, List<DemoCatalog.DemoComment>> discussions = DemoCatalog.discussions(today);
        for (DemoCatalog.DemoEvent demo : DemoCatalog.events(today)) {
            EventDetails details = demo.details();
            Event event = events.create(system, ids.get(demo.organization()), details, demo.slug(), new Violations());
            switch (demo.status()) {
                case PUBLISHED -> events.publish(system, event.id());
                case CANCELLED -> {
                    events.publish(system, event.id());
                    events.cancel(system, event.id(), demo.statusNote());
                }
                case POSTPONED -> {
                    events.publish(system, event.id());
                    events.postpone(system, event.id(), demo.statusNote());
                }
                case DRAFT -> { }
            }
            if (DemoCatalog.reference().slug().equals(demo.slug())) {
                DemoProgramme.addTo(programmes, system, event.id());
                DemoBarcamp.addTo(barcamp, system, event.id());
                images.upload(event.id(), DemoImage.png(), DemoImage.ALT, DemoImage.CREDIT);
            }
            if (discussions.containsKey(details.title())) {
                discuss(events.findManageable(system, event.id()), discussions.get(details.title()), commenters);
            }
        }
    }

    /** Each demo comment is dated when the catalog says it was written: discussions of past events in the days after them. */
    private void discuss(Event event, List<DemoCatalog.DemoComment> discussion, Map<String, AccountPrincipal> people) {
        List<String> ids = new ArrayList<>();
        for (DemoCatalog.DemoComment demo : discussion) {
            String parent = demo.replyTo() < 0 ? null : ids.get(demo.replyTo());
            Instant writtenAt = demo.writtenAt().atZone(Schedule.DEFAULT_ZONE).toInstant();
            Comment comment = comments.submit(event, new CommentSubmission(null, null, demo.text(), parent, false),
                    new Commenter(people.get(demo.author()), null, Locale.GERMAN), writtenAt).comment();
            ids.add(comment.id().toString());
        }
    }
}
