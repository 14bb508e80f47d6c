package de.offenekommune.comment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.event.Event;
import de.offenekommune.event.Schedule;

/**
 * A discussion takes comments until {@code ok.comments.close-after} after its event ended; then it is
 * closed for good, whatever mode the organizers chose. What was written stays readable.
 */
@Component
public class DiscussionPeriod {

    private final Duration closeAfter;
    private final Clock clock;

    DiscussionPeriod(CommentProperties properties, Clock clock) {
        this.closeAfter = properties.closeAfter();
        this.clock = clock;
    }

    /** Whether the time for comments on this event has run out. */
    public boolean isOver(Event event) {
        return isOver(event.details().schedule(), clock.instant());
    }

    /** The mode in force now: one that takes comments turns {@link ModerationMode#CLOSED} once the period is over. */
    public ModerationMode inForce(ModerationMode chosen, Event event) {
        return inForce(chosen, event, clock.instant());
    }

    /** The mode that was in force at {@code at}. */
    public ModerationMode inForce(ModerationMode chosen, Event event, Instant at) {
        return inForce(chosen, event.details().schedule(), at);
    }

    boolean isOver(Schedule schedule, Instant at) {
        return !at.isBefore(schedule.end().plus(closeAfter));
    }

    ModerationMode inForce(ModerationMode chosen, Schedule schedule, Instant at) {
        return chosen.acceptsComments() && isOver(schedule, at) ? ModerationMode.CLOSED : chosen;
    }

    /** How long after its event a discussion stays open. */
    public Duration closeAfter() {
        return closeAfter;
    }
}
