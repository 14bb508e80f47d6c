package de.offenekommune.barcamp.internal;

import org.springframework.stereotype.Component;

import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.mail.InterestConfirmationMail;
import de.offenekommune.barcamp.mail.ProposalConfirmationMail;
import de.offenekommune.barcamp.mail.SessionPlacedMail;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.Schedule;
import de.offenekommune.notification.Mail;
import de.offenekommune.notification.Outbox;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Session;

/** The barcamp's mails, queued in the caller's transaction. */
@Component
public class BarcampMails {

    private final Outbox outbox;
    private final SiteProperties site;
    private final EventDateFormatter dates;

    BarcampMails(Outbox outbox, SiteProperties site, EventDateFormatter dates) {
        this.outbox = outbox;
        this.site = site;
        this.dates = dates;
    }

    void askToConfirmProposal(Proposal proposal, Event event, String token) {
        var content = new ProposalConfirmationMail(event.details().title(), barcampUrl(event), proposal.proposerName(),
                proposal.title(), site.absolute("/barcamp/proposals/confirm/" + token),
                BarcampSubmissions.CONFIRMATION_VALIDITY.toHours());
        outbox.enqueue(new Mail(proposal.proposerEmail(), proposal.locale(), content, null,
                "barcamp-proposal-confirmation:" + proposal.id()).about(reference(proposal)));
    }

    void askToConfirmInterest(Proposal proposal, Event event, String email, java.util.Locale locale, String token) {
        var content = new InterestConfirmationMail(event.details().title(), barcampUrl(event), proposal.title(),
                site.absolute("/barcamp/interest/confirm/" + token), BarcampSubmissions.CONFIRMATION_VALIDITY.toHours());
        outbox.enqueue(new Mail(email, locale, content, null, null).about(reference(proposal)));
    }

    /** At most one mail per person and proposal, however often the organizer publishes. */
    public void tellWhereAndWhen(Proposal proposal, Event event, Session session, String room, Interests.Recipient to) {
        String when = dates.when(new Schedule(session.start(), session.end(), event.details().schedule().zone(), false),
                to.locale());
        var content = new SessionPlacedMail(event.details().title(), proposal.title(), when, room,
                site.absolute("/events/" + event.slug() + "/programme#" + session.anchor()));
        outbox.enqueue(new Mail(to.email(), to.locale(), content, null,
                "barcamp-placed:" + proposal.id() + ":" + to.personKey()).about(reference(proposal)));
    }

    private String barcampUrl(Event event) {
        return site.absolute("/events/" + event.slug() + "/barcamp");
    }

    static String reference(Proposal proposal) {
        return "barcamp:" + proposal.id();
    }
}
