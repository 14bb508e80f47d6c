package de.offenekommune.registration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;

/**
 * The organizers' helpers at the door: invited by name and address, they get a personal door link by mail
 * that opens only this event's check-in, until the end of the day after the event or until revoked. No
 * account is made for them.
 */
@Service
public class DoorHelpers {

    private static final Logger log = LoggerFactory.getLogger(DoorHelpers.class);

    /** A helper as the organizers' page lists them. */
    public record Listed(UUID id, String name, String email, Instant expiresAt, boolean active) {
    }

    private final EventManagement events;
    private final OrganizationDirectory organizations;
    private final CheckInHelpers helpers;
    private final RegistrationMails mails;
    private final Clock clock;

    DoorHelpers(EventManagement events, OrganizationDirectory organizations, CheckInHelpers helpers,
            RegistrationMails mails, Clock clock) {
        this.events = events;
        this.organizations = organizations;
        this.helpers = helpers;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the name or the address is missing or malformed
     */
    @Transactional
    public void invite(AccountPrincipal user, EventId eventId, String name, String email, Locale locale) {
        Event event = events.findManageable(user, eventId);
        Violations violations = new Violations();
        Registrant helper = RegistrationRules.walkIn(name, email, locale, violations);
        if (helper.email() == null && !violations.has("email")) {
            violations.add("email", "NotBlank");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var schedule = event.details().schedule();
        Instant validUntil = schedule.lastDay().plusDays(2).atStartOfDay(schedule.zone()).toInstant();
        String token = helpers.add(eventId, helper.name(), helper.email(), validUntil, clock.instant());
        String organizer = organizations.find(event.organizer()).map(o -> o.name()).orElse("");
        mails.helperInvited(event, helper.name(), helper.email(), helper.locale(), organizer, token,
                validUntil.minusSeconds(60));
        log.info("Organizer {} invited a helper for the door of event {}", user.id(), eventId);
    }

    @Transactional(readOnly = true)
    public List<Listed> list(AccountPrincipal user, EventId eventId) {
        events.findManageable(user, eventId);
        Instant now = clock.instant();
        return helpers.findByEvent(eventId).stream()
                .map(h -> new Listed(h.id(), h.name(), h.email(), h.expiresAt(), h.isValidAt(now)))
                .toList();
    }

    /** The link stops working at once; the helper's page answers "not found" from the next request on. */
    @Transactional
    public void revoke(AccountPrincipal user, EventId eventId, UUID helper) {
        events.findManageable(user, eventId);
        if (helpers.revoke(eventId, helper, clock.instant())) {
            log.info("Organizer {} revoked a door link of event {}", user.id(), eventId);
        }
    }
}
