package de.offenekommune.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.TestFixtures;
import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.platform.FederalState;

/**
 * Events straight into the repository, for tests of reading them: a fresh organization per test
 * class keeps results apart from what other tests create.
 */
public final class TestEvents {

    private final Events events;
    private final TestFixtures fixtures;
    private final TransactionTemplate transactions;

    /** Writes in a transaction, as the application does, so that kept public pages are forgotten at once. */
    public TestEvents(Events events, TestFixtures fixtures, PlatformTransactionManager transactions) {
        this.events = events;
        this.fixtures = fixtures;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** An organization with exactly this name, made by {@link TestFixtures}. */
    public Organization organization(String name) {
        return transactions.execute(transaction -> fixtures.organizationNamed(name, "Tests"));
    }

    public Builder event(Organization organizer) {
        return new Builder(organizer.id());
    }

    /** The reference invitation of 2013 ({@link EventDetailsBuilder#referenceEvent()}). */
    public Builder reference(Organization organizer) {
        return event(organizer).details(EventDetailsBuilder.referenceEvent().build());
    }

    public final class Builder {

        private final OrganizationId organizer;
        private EventType type = EventType.WORKSHOP;
        private String title = "Veranstaltung";
        private String summary = "Eine Veranstaltung.";
        private String description;
        private Schedule schedule = Schedule.timed(LocalDateTime.now().plusDays(10).withHour(18).withMinute(0),
                LocalDateTime.now().plusDays(10).withHour(20).withMinute(0), Schedule.DEFAULT_ZONE);
        private AttendanceMode attendance = AttendanceMode.IN_PERSON;
        private String onlineUrl;
        private Venue venue = new Venue("Rathaus", "Markt 1", "42103", "Wuppertal", null,
                FederalState.NORDRHEIN_WESTFALEN, null, null, null, null);
        private Municipality municipality = new Municipality("Wuppertal", "05124000");
        private String website;
        private List<EventLink> links = List.of();
        private Cost cost = Cost.FREE;
        private RegistrationSettings registration = RegistrationSettings.NONE;
        private Set<Audience> audiences = Set.of();
        private Set<Topic> topics = Set.of();
        private Set<AccessibilityFeature> accessibility = Set.of();
        private Contact contact = Contact.NONE;
        private EventStatus status = EventStatus.PUBLISHED;
        private String statusNote;
        private String slug;

        private Builder(OrganizationId organizer) {
            this.organizer = organizer;
        }

        /** Every fact of {@code details} that this builder keeps. */
        public Builder details(EventDetails details) {
            type = details.type();
            title = details.title();
            summary = details.summary();
            description = details.description();
            schedule = details.schedule();
            attendance = details.attendanceMode();
            onlineUrl = details.onlineUrl();
            venue = details.venue();
            municipality = details.municipality();
            website = details.websiteUrl();
            links = details.links();
            cost = details.cost();
            registration = details.registration();
            audiences = details.audiences();
            topics = details.topics();
            accessibility = details.accessibility();
            contact = details.contact();
            return this;
        }

        public Builder type(EventType value) { type = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder schedule(Schedule value) { schedule = value; return this; }
        public Builder at(LocalDateTime start, LocalDateTime end) {
            schedule = Schedule.timed(start, end, Schedule.DEFAULT_ZONE);
            return this;
        }
        public Builder online(AttendanceMode mode, String url) { attendance = mode; onlineUrl = url; return this; }
        public Builder venue(Venue value) { venue = value; return this; }
        public Builder municipality(Municipality value) { municipality = value; return this; }
        public Builder website(String value) { website = value; return this; }
        public Builder links(List<EventLink> value) { links = value; return this; }
        public Builder cost(Cost value) { cost = value; return this; }
        public Builder registration(RegistrationSettings value) { registration = value; return this; }
        public Builder audiences(Set<Audience> value) { audiences = value; return this; }
        public Builder topics(Set<Topic> value) { topics = value; return this; }
        public Builder accessibility(Set<AccessibilityFeature> value) { accessibility = value; return this; }
        public Builder contact(Contact value) { contact = value; return this; }
        public Builder slug(String value) { slug = value; return this; }
        public Builder draft() { status = EventStatus.DRAFT; return this; }
        public Builder cancelled(String reason) { status = EventStatus.CANCELLED; statusNote = reason; return this; }
        public Builder postponed(String note) { status = EventStatus.POSTPONED; statusNote = note; return this; }

        public Event save() {
            EventDetails details = new EventDetails(type, title, summary, description, schedule, attendance, onlineUrl,
                    attendance.hasVenue() ? venue : Venue.NONE, municipality, website, links, cost, registration,
                    audiences, null, topics, accessibility, null, contact);
            Instant now = Instant.now();
            String html = description == null ? "" : "<p>" + description + "</p>";
            Event event = Event.draft(EventId.random(), organizer,
                    slug != null ? slug : "t-" + UUID.randomUUID().toString().substring(0, 12), details, html, now);
            transactions.executeWithoutResult(transaction -> {
                events.insert(event);
                if (status != EventStatus.DRAFT) {
                    event.publish(now);
                    if (status == EventStatus.CANCELLED) {
                        event.cancel(statusNote, now);
                    } else if (status == EventStatus.POSTPONED) {
                        event.postpone(statusNote, now);
                    }
                    events.update(event);
                    event.stored();
                }
            });
            return event;
        }
    }
}
