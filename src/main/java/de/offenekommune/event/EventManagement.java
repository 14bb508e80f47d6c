package de.offenekommune.event;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.EventChange.EventCancelled;
import de.offenekommune.event.EventChange.EventCreated;
import de.offenekommune.event.EventChange.EventDeleted;
import de.offenekommune.event.EventChange.EventPostponed;
import de.offenekommune.event.EventChange.EventPublished;
import de.offenekommune.event.EventChange.EventRevised;
import de.offenekommune.event.internal.EventConflictException;
import de.offenekommune.event.internal.EventStateException;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Markdown;
import de.offenekommune.platform.Slugs;
import de.offenekommune.platform.Violations;

/**
 * Organizers changing events, from the editor or the API: checks who may act, applies the rules,
 * saves, and announces the change. An organizer only ever sees their own organizations' events; for
 * anyone else such an event does not exist.
 */
@Service
public class EventManagement {

    static final int NOTE_MAX = 2_000;
    /** The description sits below the "What is it about?" heading ({@code h2}) of the event page. */
    static final int DESCRIPTION_HEADING_LEVEL = 2;

    private final Events events;
    private final OrganizationDirectory organizations;
    private final Markdown markdown;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<EventRevisionRule> revisionRules;
    private final ObjectProvider<EventDeletionRule> deletionRules;

    EventManagement(Events events, OrganizationDirectory organizations, Markdown markdown, Clock clock,
            ApplicationEventPublisher publisher, ObjectProvider<EventRevisionRule> revisionRules,
            ObjectProvider<EventDeletionRule> deletionRules) {
        this.deletionRules = deletionRules;
        this.events = events;
        this.organizations = organizations;
        this.markdown = markdown;
        this.clock = clock;
        this.publisher = publisher;
        this.revisionRules = revisionRules;
    }

    /** The event, if the user may manage it. */
    @Transactional(readOnly = true)
    public Event findManageable(AccountPrincipal user, EventId id) {
        return events.findById(id)
                .filter(event -> organizations.mayManage(user, event.organizer()))
                .orElseThrow(() -> new EventNotFoundException(id));
    }

    /**
     * Saves a new draft.
     *
     * @param requestedSlug the address the organizer chose, or {@code null} for one made from the title
     * @throws InvalidInputException when {@code violations} (which may already hold parsing problems) is not empty
     */
    @Transactional
    public Event create(AccountPrincipal user, OrganizationId organizer, EventDetails details, String requestedSlug,
            Violations violations) {
        if (organizer == null || !organizations.mayManage(user, organizer)) {
            violations.add("organizationId", "event.organizationNotAllowed");
        }
        EventRules.check(details, violations);
        String slug = chooseSlug(requestedSlug, details.title(), null, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Event event = Event.draft(EventId.random(), organizer, slug, details, markdown.toSafeHtml(details.description(), DESCRIPTION_HEADING_LEVEL),
                now());
        events.insert(event);
        publisher.publishEvent(new EventCreated(event.id()));
        return event;
    }

    /**
     * Replaces the facts of an event.
     *
     * @param expectedVersion the version the organizer edited; a newer one means someone else saved meanwhile
     */
    @Transactional
    public Event revise(AccountPrincipal user, EventId id, int expectedVersion, EventDetails details,
            String requestedSlug, Violations violations) {
        Event event = findManageable(user, id);
        if (event.version() != expectedVersion) {
            throw new EventConflictException(id);
        }
        EventRules.check(details, violations);
        if (violations.isEmpty()) {
            revisionRules.orderedStream().forEach(rule -> rule.check(event, details, violations));
        }
        String slug = chooseSlug(requestedSlug, details.title(), event, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean rescheduled = event.revise(details, markdown.toSafeHtml(details.description(), DESCRIPTION_HEADING_LEVEL), now());
        if (!slug.equals(event.slug())) {
            if (event.isPublic()) {
                events.rememberSlug(event.id(), event.slug());
            }
            event.changeSlug(slug);
        }
        save(event);
        publisher.publishEvent(new EventRevised(id, rescheduled));
        return event;
    }

    @Transactional
    public Event publish(AccountPrincipal user, EventId id) {
        Event event = findManageable(user, id);
        event.publish(now());
        save(event);
        publisher.publishEvent(new EventPublished(id));
        return event;
    }

    @Transactional
    public Event postpone(AccountPrincipal user, EventId id, String note) {
        Event event = findManageable(user, id);
        String cleanNote = InputText.multiLine(note);
        Violations violations = new Violations();
        violations.limitText("note", cleanNote, NOTE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        event.postpone(cleanNote, now());
        save(event);
        publisher.publishEvent(new EventPostponed(id, cleanNote));
        return event;
    }

    @Transactional
    public Event cancel(AccountPrincipal user, EventId id, String reason) {
        Event event = findManageable(user, id);
        String cleanReason = InputText.multiLine(reason);
        Violations violations = new Violations();
        violations.requireText("reason", cleanReason, NOTE_MAX);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        event.cancel(cleanReason, now());
        save(event);
        publisher.publishEvent(new EventCancelled(id, cleanReason));
        return event;
    }

    /** @throws EventStateException when another capability still needs the event, see {@link EventDeletionRule} */
    @Transactional
    public void delete(AccountPrincipal user, EventId id) {
        Event event = findManageable(user, id);
        if (deletionRules.stream().anyMatch(rule -> rule.forbids(event))) {
            throw new EventStateException(id, event.status(), "delete");
        }
        events.delete(event.id());
        publisher.publishEvent(new EventDeleted(id));
    }

    private void save(Event event) {
        if (!events.update(event)) {
            throw new EventConflictException(event.id());
        }
        event.stored();
    }

    private String chooseSlug(String requested, String title, Event current, Violations violations) {
        String wanted = requested == null ? null : requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted != null && !wanted.isEmpty()) {
            if (!Slugs.isValid(wanted)) {
                violations.add("slug", "event.slugInvalid");
                return wanted;
            }
            if (current != null && wanted.equals(current.slug())) {
                return wanted;
            }
            // an earlier address of this very event is the organizer's to take back
            boolean earlierOwnSlug = current != null
                    && events.findCurrentSlugByAlias(wanted).filter(current.slug()::equals).isPresent();
            if (!earlierOwnSlug && events.isSlugTaken(wanted)) {
                violations.add("slug", "event.slugTaken");
            }
            return wanted;
        }
        if (current != null) {
            return current.slug();
        }
        String base = Slugs.fromTitle(title == null ? "" : title);
        String candidate = base;
        for (int n = 2; events.isSlugTaken(candidate); n++) {
            candidate = Slugs.alternative(base, n);
        }
        return candidate;
    }

    private Instant now() {
        return clock.instant();
    }
}
