package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.event.calendar.EventCalendarFiles;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.MailAttachment;
import de.offenekommune.notification.MailContent;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Room;
import de.offenekommune.programme.SessionId;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.mail.ApprovalDecisionMail;
import de.offenekommune.registration.mail.ApprovalPendingMail;
import de.offenekommune.registration.mail.CheckInHelperInvitedMail;
import de.offenekommune.registration.mail.ChosenWorkshops;
import de.offenekommune.registration.mail.EventCancelledMail;
import de.offenekommune.registration.mail.EventFacts;
import de.offenekommune.registration.mail.EventPostponedMail;
import de.offenekommune.registration.mail.EventReminderMail;
import de.offenekommune.registration.mail.EventRescheduledMail;
import de.offenekommune.registration.mail.OrganizerMessageMail;
import de.offenekommune.registration.mail.RegistrationCancelledMail;
import de.offenekommune.registration.mail.RegistrationConfirmedMail;
import de.offenekommune.registration.mail.RegistrationDuplicateMail;
import de.offenekommune.registration.mail.RegistrationMovedToWaitlistMail;
import de.offenekommune.registration.mail.RegistrationPromotedMail;
import de.offenekommune.registration.mail.RegistrationRequestedMail;
import de.offenekommune.registration.mail.RegistrationWaitlistedMail;
import de.offenekommune.registration.mail.WorkshopPlaceMail;

/**
 * The mails of a registration's life, queued in the outbox inside the business transaction, in the
 * registrant's language. Templates are named by event and audience.
 */
@Component
public class RegistrationMails {

    private final Outbox outbox;
    private final EventDateFormatter dates;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Clock clock;
    private final EventCalendarFiles calendars;

    private final CheckInCodes codes;
    private final SessionPlaces places;
    private final Programmes programmes;

    RegistrationMails(Outbox outbox, EventDateFormatter dates, MessageSource messages, SiteProperties site, Clock clock,
            EventCalendarFiles calendars, CheckInCodes codes, SessionPlaces places, Programmes programmes) {
        this.calendars = calendars;
        this.codes = codes;
        this.places = places;
        this.programmes = programmes;
        this.outbox = outbox;
        this.dates = dates;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    /** Double opt-in: the link that confirms the address and the seat. */
    public void requested(Event event, Registration registration, String confirmToken) {
        send(registration, new RegistrationRequestedMail(facts(event, registration.locale()), registration.name(),
                confirmUrl(confirmToken), deadline(event, registration)), null, null);
    }

    public void waitlisted(Event event, Registration registration, int position, String confirmToken) {
        send(registration, new RegistrationWaitlistedMail(facts(event, registration.locale()), registration.name(),
                position, confirmUrl(confirmToken), deadline(event, registration)), null, null);
    }

    /** A request the organizers review: the confirmation link first, the personal page once confirmed. */
    public void approvalPending(Event event, Registration registration, String token) {
        boolean confirmNow = !registration.isVerified();
        send(registration, new ApprovalPendingMail(facts(event, registration.locale()), registration.name(), confirmNow,
                confirmNow ? confirmUrl(token) : personalUrl(token), confirmNow ? deadline(event, registration) : ""),
                null, null);
    }

    /**
     * @param position    the place on the waitlist of an accepted person without a seat, else 0
     * @param manageToken the personal page of an accepted person, {@code null} when declined
     * @param message     the organizer's words, or {@code null}
     */
    void approvalDecided(Event event, Registration registration, int position, String manageToken, String message) {
        boolean accepted = manageToken != null;
        send(registration, new ApprovalDecisionMail(facts(event, registration.locale()), registration.name(), accepted,
                position, accepted ? personalUrl(manageToken) : "", message == null ? "" : message,
                accepted && position == 0 ? codes.code(registration.id(), event.id()) : null,
                accepted ? workshops(event, registration, personalUrl(manageToken)) : ChosenWorkshops.NONE),
                accepted && position == 0 ? calendar(event, registration.locale()) : null, null);
    }

    /** @param position the place on the waitlist, or 0 for someone with a seat (who gets the calendar file) */
    public void confirmed(Event event, Registration registration, String manageToken, int position) {
        send(registration, new RegistrationConfirmedMail(facts(event, registration.locale()), registration.name(),
                personalUrl(manageToken), position, position == 0 ? codes.code(registration.id(), event.id()) : null,
                workshops(event, registration, personalUrl(manageToken))),
                position == 0 ? calendar(event, registration.locale()) : null, null);
    }

    /** A seat became free: registered at once with a confirmed address, or asked to confirm now. */
    void promoted(Event event, Registration registration, String token) {
        boolean confirmNow = !registration.isVerified();
        send(registration, new RegistrationPromotedMail(facts(event, registration.locale()), registration.name(),
                confirmNow, confirmNow ? confirmUrl(token) : personalUrl(token),
                confirmNow ? deadline(event, registration) : "",
                confirmNow ? null : codes.code(registration.id(), event.id()),
                workshops(event, registration, confirmNow ? "" : personalUrl(token))),
                confirmNow ? null : calendar(event, registration.locale()), null);
    }

    void workshopPlace(Event event, Registration registration, String workshop) {
        send(registration, new WorkshopPlaceMail(facts(event, registration.locale()), registration.name(), workshop),
                null, null);
    }

    void movedToWaitlist(Event event, Registration registration, int position, String manageToken) {
        send(registration, new RegistrationMovedToWaitlistMail(facts(event, registration.locale()), registration.name(),
                position, personalUrl(manageToken)), null, null);
    }

    /** @param message the organizer's words to the person, or {@code null} */
    public void cancelled(Event event, Registration registration, boolean byOrganizer, @Nullable String message) {
        send(registration, new RegistrationCancelledMail(facts(event, registration.locale()), registration.name(),
                byOrganizer, message == null ? "" : message), null, null);
    }

    /**
     * Someone registered an address that is already registered: only its owner learns that, with a fresh
     * link. At most one such mail per registration and ten minutes.
     *
     * @param confirmNow whether the link confirms the address (else it opens the personal page)
     */
    public void alreadyRegistered(Event event, Registration registration, String token, boolean confirmNow, int position) {
        long window = clock.instant().getEpochSecond() / 600;
        send(registration, new RegistrationDuplicateMail(facts(event, registration.locale()), registration.name(),
                confirmNow, confirmNow ? confirmUrl(token) : personalUrl(token), position,
                confirmNow ? deadline(event, registration) : ""),
                null, "registration-duplicate:" + registration.id() + ":" + window);
    }

    void eventCancelled(Event event, Registration registration) {
        send(registration, new EventCancelledMail(facts(event, registration.locale()), registration.name(),
                event.statusNote() == null ? "" : event.statusNote()),
                calendar(event, registration.locale()), "event-cancelled:" + event.id() + ":" + registration.id());
    }

    void eventPostponed(Event event, Registration registration, String manageToken) {
        send(registration, new EventPostponedMail(facts(event, registration.locale()), registration.name(),
                event.statusNote() == null ? "" : event.statusNote(), personalUrl(manageToken)),
                registration.state().holdsSeat() ? calendar(event, registration.locale()) : null,
                "event-postponed:" + event.id() + ":" + event.sequence() + ":" + registration.id());
    }

    void eventRescheduled(Event event, Registration registration, String manageToken) {
        send(registration, new EventRescheduledMail(facts(event, registration.locale()), registration.name(),
                personalUrl(manageToken)),
                registration.state().holdsSeat() ? calendar(event, registration.locale()) : null,
                "event-rescheduled:" + event.id() + ":" + event.sequence() + ":" + registration.id());
    }

    /**
     * The reminder before the event's current start, at most once per registration and start: a new start
     * gets a reminder of its own.
     *
     * @param position the place on the waitlist, or 0 for someone with a seat (who gets the calendar file)
     * @param calendar the event's calendar file in the registrant's language, for seat holders
     * @param programme the event's programme, read once for all reminders of the event
     * @return whether it was queued (not when one for this start already was)
     */
    boolean reminder(Event event, Registration registration, String manageToken, int position, MailAttachment calendar,
            Supplier<Programme> programme) {
        Venue venue = event.details().venue();
        String directions = event.details().attendanceMode().hasVenue() && venue.directions() != null ? venue.directions() : "";
        return send(registration, new EventReminderMail(facts(event, registration.locale()), registration.name(), directions,
                        personalUrl(manageToken), personalUrl(manageToken) + "/cancel", position,
                        position == 0 ? codes.code(registration.id(), event.id()) : null,
                        workshops(event, registration, personalUrl(manageToken), programme)),
                position == 0 ? calendar : null,
                "event-reminder:" + registration.id() + ":" + event.details().schedule().start().getEpochSecond());
    }

    /** The door link for a helper at the entrance, in the organizer's language. */
    void helperInvited(Event event, String name, String email, Locale locale, String organizer, String doorToken,
            Instant validUntil) {
        outbox.enqueue(new Mail(email, locale, new CheckInHelperInvitedMail(facts(event, locale), name, organizer,
                site.absolute("/door/" + doorToken), dates.dateTime(validUntil, event.details().schedule().zone(), locale)),
                null, null));
    }

    void organizerMessage(Event event, Registration registration, String organizer, String message) {
        send(registration, new OrganizerMessageMail(event.details().title(), eventUrl(event), organizer, message), null,
                null);
    }

    EventFacts facts(Event event, Locale locale) {
        EventDetails details = event.details();
        return new EventFacts(details.title(), dates.when(details.schedule(), locale), where(details, locale),
                eventUrl(event));
    }

    /**
     * The workshops the registration chose, as its mails list them; looked up only for someone who chose one, so
     * that the mails of everyone else cost no statement more.
     *
     * @param changeUrl where the choice is changed, empty when it cannot be yet
     */
    ChosenWorkshops workshops(Event event, Registration registration, String changeUrl) {
        return workshops(event, registration, changeUrl, () -> programmes.of(event.id()));
    }

    /** The event's programme for the workshops of many mails, read at most once and only if one lists any. */
    Supplier<Programme> programme(Event event) {
        return SingletonSupplier.of(() -> programmes.of(event.id()));
    }

    private ChosenWorkshops workshops(Event event, Registration registration, String changeUrl,
            Supplier<Programme> programme) {
        if (!registration.choseWorkshops()) {
            return ChosenWorkshops.NONE;
        }
        Map<SessionId, SessionPlaces.Place> held = places.of(registration.id()).stream()
                .collect(Collectors.toMap(SessionPlaces.Place::session, Function.identity()));
        if (held.isEmpty()) {
            return ChosenWorkshops.NONE;
        }
        Programme timetable = programme.get();
        Schedule schedule = event.details().schedule();
        List<ChosenWorkshops.Workshop> workshops = timetable.sessions().stream()
                .filter(session -> held.containsKey(session.id()))
                .map(session -> new ChosenWorkshops.Workshop(session.title(),
                        dates.when(new Schedule(session.start(), session.end(), schedule.zone(), false),
                                registration.locale()),
                        timetable.room(session).map(Room::name).orElse(""), held.get(session.id()).position()))
                .toList();
        return new ChosenWorkshops(workshops, !registration.state().holdsSeat(), changeUrl);
    }

    String personalUrl(String manageToken) {
        return site.absolute("/registrations/" + manageToken);
    }

    private boolean send(Registration registration, MailContent content, MailAttachment attachment, String dedupKey) {
        return outbox.enqueue(new Mail(registration.email(), registration.locale(), content, attachment, dedupKey)
                .about(reference(registration.id())));
    }

    /** What the outbox knows a registration's mails by, to forget them with its personal data. */
    public static String reference(RegistrationId registration) {
        return "registration:" + registration;
    }

    /** Erases the mails of these registrations from the outbox: their personal data is being forgotten. */
    public void forget(Collection<RegistrationId> registrations) {
        outbox.forget(registrations.stream().map(RegistrationMails::reference).toList());
    }

    public MailAttachment calendar(Event event, Locale locale) {
        return new MailAttachment(EventCalendarFiles.filename(event), EventCalendarFiles.CONTENT_TYPE,
                calendars.of(event, locale));
    }

    private String deadline(Event event, Registration registration) {
        Instant expiresAt = registration.expiresAt();
        return expiresAt == null ? "" : dates.dateTime(expiresAt, event.details().schedule().zone(), registration.locale());
    }

    private String confirmUrl(String confirmToken) {
        return site.absolute("/registrations/confirm/" + confirmToken);
    }

    private String eventUrl(Event event) {
        return site.absolute("/events/" + event.slug());
    }

    private String where(EventDetails details, Locale locale) {
        String online = messages.getMessage(details.attendanceMode().messageKey(), null, locale);
        if (!details.attendanceMode().hasVenue()) {
            return online;
        }
        Venue venue = details.venue();
        String place = Stream.of(venue.name(), venue.street(), Stream.of(venue.postalCode(), venue.localityWithDistrict())
                        .filter(Objects::nonNull).collect(Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return details.attendanceMode().isOnline() ? place + " · " + online : place;
    }
}
