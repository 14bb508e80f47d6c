package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventStatus;
import de.offenekommune.notification.MailAttachment;
import de.offenekommune.programme.Programme;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.RegistrationState;

/**
 * Reminds everyone with a confirmed address of their event, the organizer's chosen time before its start:
 * seat holders with the calendar file and the link to give their place back, people on the waitlist with
 * their position. Each event is handled in one transaction under its seat lock, which writes the outbox
 * rows together with the mark of the start they were for ({@code registration_tally.reminded_for}); the
 * outbox sends them after the commit. So a copy that dies before the commit leaves nothing behind and the
 * next run starts over, one that dies after it leaves the mails to the outbox, and a second copy waiting
 * for the same lock finds the mark and sends nothing. Cancelled people are not asked: whoever cancels
 * before the commit is not in the list, whoever cancels after it was reminded while still registered.
 * A new start (a postponed event that got its new date) makes the reminders due again, for the new start.
 */
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int BATCH = 50;

    private final Tallies tallies;
    private final Seats seats;
    private final Registrations registrations;
    private final AccessTokens tokens;
    private final RegistrationMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(Tallies tallies, Seats seats, Registrations registrations, AccessTokens tokens, RegistrationMails mails,
            TransactionTemplate transaction, Clock clock) {
        this.tallies = tallies;
        this.seats = seats;
        this.registrations = registrations;
        this.tokens = tokens;
        this.mails = mails;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return how many reminders were queued */
    public int run() {
        Instant now = clock.instant();
        int queued = 0;
        for (EventId eventId : tallies.findDueForReminders(now, RegistrationOptions.DEFAULT_REMINDER_HOURS, BATCH)) {
            Integer count = transaction.execute(status -> remind(eventId, now));
            queued += count == null ? 0 : count;
        }
        return queued;
    }

    private int remind(EventId eventId, Instant now) {
        LockedSeats locked = seats.lockIfAnyoneRegistered(eventId).orElse(null);
        if (locked == null) {
            return 0;
        }
        Event event = locked.event();
        Instant start = event.details().schedule().start();
        if (start.equals(tallies.remindedFor(eventId).orElse(null))) {
            return 0; // another copy was first
        }
        if (event.status() == EventStatus.POSTPONED) {
            return 0; // due again once the new date is set, or still due should the old one hold after all
        }
        if (event.status() != EventStatus.PUBLISHED || !start.isAfter(now)) {
            tallies.markReminded(eventId, start);
            return 0;
        }
        Map<Locale, MailAttachment> calendars = new HashMap<>();
        Supplier<Programme> programme = mails.programme(event);
        int queued = 0;
        for (Registration registration : registrations.findByEvent(eventId, RegistrationState.CONFIRMED)) {
            if (remindable(registration)) {
                queued += remind(event, registration, 0, calendars, programme, now);
            }
        }
        List<Registration> waitlist = registrations.findByEvent(eventId, RegistrationState.WAITLISTED);
        for (int i = 0; i < waitlist.size(); i++) {
            if (remindable(waitlist.get(i))) {
                queued += remind(event, waitlist.get(i), i + 1, calendars, programme, now);
            }
        }
        tallies.markReminded(eventId, start);
        log.info("Event {}: {} reminders queued", eventId, queued);
        return queued;
    }

    private int remind(Event event, Registration registration, int position, Map<Locale, MailAttachment> calendars,
            Supplier<Programme> programme, Instant now) {
        MailAttachment calendar = position == 0
                ? calendars.computeIfAbsent(registration.locale(), locale -> mails.calendar(event, locale)) : null;
        String token = tokens.issue(registration.id(), TokenPurpose.MANAGE, null, now);
        return mails.reminder(event, registration, token, position, calendar, programme) ? 1 : 0;
    }

    private static boolean remindable(Registration registration) {
        return registration.isVerified() && !registration.isAnonymized();
    }
}
