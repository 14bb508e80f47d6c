package de.offenekommune.event;

import java.time.Instant;
import java.util.Objects;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.internal.EventStateException;

/**
 * An event and its life: drafted, published, perhaps postponed or cancelled. Each state change is a
 * method that guards its rule; {@link #sequence()} counts the changes calendar apps must learn about.
 */
public class Event {

    private final EventId id;
    private final OrganizationId organizer;
    private final Instant createdAt;
    private int version;
    private String slug;
    private EventStatus status;
    private String statusNote;
    private EventDetails details;
    private String descriptionHtml;
    private int sequence;
    private Instant updatedAt;
    private Instant publishedAt;

    Event(EventId id, OrganizationId organizer, String slug, EventStatus status, String statusNote, EventDetails details,
            String descriptionHtml, int sequence, int version, Instant createdAt, Instant updatedAt, Instant publishedAt) {
        this.id = id;
        this.organizer = organizer;
        this.slug = slug;
        this.status = status;
        this.statusNote = statusNote;
        this.details = details;
        this.descriptionHtml = descriptionHtml;
        this.sequence = sequence;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.publishedAt = publishedAt;
    }

    static Event draft(EventId id, OrganizationId organizer, String slug, EventDetails details, String descriptionHtml,
            Instant now) {
        return new Event(id, organizer, slug, EventStatus.DRAFT, null, details, descriptionHtml, 0, 0, now, now, null);
    }

    /**
     * Replaces the facts; a public event whose time or place changed tells calendars so.
     *
     * @return whether time or place changed
     */
    boolean revise(EventDetails revised, String revisedHtml, Instant now) {
        boolean rescheduled = isRescheduledOrMoved(revised);
        if (status.isPublic() && rescheduled) {
            sequence++;
        }
        this.details = revised;
        this.descriptionHtml = revisedHtml;
        this.updatedAt = now;
        return rescheduled;
    }

    void publish(Instant now) {
        if (status != EventStatus.DRAFT && status != EventStatus.POSTPONED) {
            throw new EventStateException(id, status, "publish");
        }
        if (status == EventStatus.POSTPONED) {
            sequence++;
        }
        status = EventStatus.PUBLISHED;
        statusNote = null;
        publishedAt = publishedAt == null ? now : publishedAt;
        updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        if (status != EventStatus.PUBLISHED && status != EventStatus.POSTPONED) {
            throw new EventStateException(id, status, "cancel");
        }
        status = EventStatus.CANCELLED;
        statusNote = Objects.requireNonNull(reason);
        sequence++;
        updatedAt = now;
    }

    void postpone(String note, Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new EventStateException(id, status, "postpone");
        }
        status = EventStatus.POSTPONED;
        statusNote = note;
        sequence++;
        updatedAt = now;
    }

    /** Called once the repository stored this state as the next version. */
    void stored() {
        version++;
    }

    void changeSlug(String newSlug) {
        this.slug = newSlug;
    }

    public boolean hasEnded(Instant now) {
        return details.schedule().hasEnded(now);
    }

    public boolean isPublic() {
        return status.isPublic();
    }

    private boolean isRescheduledOrMoved(EventDetails revised) {
        return !details.schedule().equals(revised.schedule())
                || !details.venue().equals(revised.venue())
                || details.attendanceMode() != revised.attendanceMode()
                || !Objects.equals(details.onlineUrl(), revised.onlineUrl());
    }

    public EventId id() {
        return id;
    }

    public OrganizationId organizer() {
        return organizer;
    }

    public String slug() {
        return slug;
    }

    public EventStatus status() {
        return status;
    }

    /** The reason of a cancellation or the note of a postponement. */
    public String statusNote() {
        return statusNote;
    }

    public EventDetails details() {
        return details;
    }

    public String descriptionHtml() {
        return descriptionHtml;
    }

    public int sequence() {
        return sequence;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
