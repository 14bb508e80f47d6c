package de.offenekommune.comment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.Events;

/**
 * Forgets what the discussion no longer needs: comments of guests who never confirmed (with their
 * emails), guest emails and their hashes once the event is over by {@code ok.comments.guest-email-retention},
 * and reviewed reports. Run by the task {@code comment-retention}; logs counts only.
 */
@Component
public class CommentRetention {

    private static final Logger log = LoggerFactory.getLogger(CommentRetention.class);
    private static final Duration REVIEWED_REPORTS = Duration.ofDays(30);

    private final Comments comments;
    private final CommentReports reports;
    private final Events events;
    private final CommentProperties properties;
    private final Clock clock;

    CommentRetention(Comments comments, CommentReports reports, Events events, CommentProperties properties,
            Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void run() {
        Instant now = clock.instant();
        int unconfirmed = comments.deleteUnconfirmedBefore(now.minus(properties.confirmationValidity()));
        int emails = 0;
        Instant endedBefore = now.minus(properties.guestEmailRetention());
        for (EventId id : comments.findEventsWithGuestEmails()) {
            boolean over = events.findById(id).map(Event::details)
                    .map(details -> details.schedule().end().isBefore(endedBefore))
                    .orElse(true);
            if (over) {
                emails += comments.forgetGuestEmails(id);
            }
        }
        int reviewed = reports.deleteReviewedBefore(now.minus(REVIEWED_REPORTS));
        if (unconfirmed + emails + reviewed > 0) {
            log.info("Comment retention: {} unconfirmed comments deleted, {} guest emails forgotten, {} reviewed reports deleted",
                    unconfirmed, emails, reviewed);
        }
    }
}
