package de.offenekommune.barcamp.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.ProposalInput;
import de.offenekommune.barcamp.internal.BarcampRefusedException.Reason;
import de.offenekommune.event.Event;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.SecretTokens;
import de.offenekommune.registration.PersonalRegistration;
import de.offenekommune.registration.RegistrationLinkException;
import de.offenekommune.registration.RegistrationManagement;

/**
 * What participants and guests do before a barcamp: propose sessions and mark interest. Guests confirm
 * their address by mail first; registered participants act through their personal link. Proposals wait
 * for the organizer's approval before anyone else sees them.
 */
@Service
public class BarcampSubmissions {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_ADDRESS = 30;
    static final int PER_EMAIL = 10;

    private final Events events;
    private final Proposals proposals;
    private final Interests interests;
    private final BarcampKeys keys;
    private final BarcampMails mails;
    private final RegistrationManagement registrations;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BarcampSubmissions(Events events, Proposals proposals, Interests interests, BarcampKeys keys, BarcampMails mails,
            RegistrationManagement registrations, RateLimiter rateLimiter, Clock clock,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.proposals = proposals;
        this.interests = interests;
        this.keys = keys;
        this.mails = mails;
        this.registrations = registrations;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The public event whose barcamp page exists: it takes proposals, or shows some.
     *
     * @throws ProposalNotFoundException otherwise
     */
    public Event barcampOf(String slug) {
        return events.findBySlug(slug)
                .filter(Event::isPublic)
                .filter(event -> proposals.isOpen(event.id()) || !shown(event).isEmpty())
                .orElseThrow(ProposalNotFoundException::new);
    }

    /** The event a confirmed proposal belongs to. */
    public Event barcampEvent(Proposal proposal) {
        return events.findById(proposal.event()).orElseThrow(ProposalNotFoundException::new);
    }

    /** Whether the event takes proposals now: the organizer opened them and the event has not ended. */
    public boolean takesProposals(Event event) {
        return proposals.isOpen(event.id()) && !event.hasEnded(now());
    }

    /**
     * What the event page's barcamp box shows: whether proposals are taken now, and how many the public sees;
     * one statement.
     */
    public Box box(Event event) {
        Proposals.Call call = proposals.call(event.id());
        return new Box(call.open() && !event.hasEnded(now()), call.shown());
    }

    /** @param shown the approved and placed proposals */
    public record Box(boolean open, int shown) {
    }

    /** The approved proposals, most interest first. */
    public List<RankedProposal> shown(Event event) {
        return proposals.ranked(event.id(), List.of(ProposalState.APPROVED, ProposalState.PLACED));
    }

    /**
     * The participant behind a personal link who may take part in the barcamp.
     *
     * @throws ProposalNotFoundException when the link is unknown or the registration no longer active
     */
    public Participant participant(String token) {
        try {
            PersonalRegistration personal = registrations.personal(token);
            if (!personal.registration().state().isActive() || personal.registration().email() == null) {
                throw new ProposalNotFoundException();
            }
            return new Participant(token, personal.registration(), personal.event());
        } catch (RegistrationLinkException e) {
            throw new ProposalNotFoundException();
        }
    }

    /** Whether the participant marked interest in the proposal. */
    public boolean hasMarked(Participant participant, ProposalId proposal) {
        return interests.hasMarked(proposal, keys.personKey(participant.registration().email()));
    }

    /**
     * A guest proposes a session; it counts once they follow the link in the mail.
     *
     * @throws BarcampRefusedException when proposals are closed or this address or email is flooding
     * @throws InvalidInputException    with every problem of the input
     */
    public Proposal propose(Event event, ProposalInput input, String address, Locale locale) {
        admit(event, address);
        ProposalInput checked = ProposalRules.check(input, true);
        limit("barcamp-email", keys.personKey(checked.email()));
        return transaction.execute(status -> {
            Proposal proposal = Proposal.byGuest(event.id(), checked, checked.email(), locale, now());
            String token = SecretTokens.newToken();
            proposals.insert(proposal, SecretTokens.hashHex(token));
            mails.askToConfirmProposal(proposal, event, token);
            return proposal;
        });
    }

    /** A registered participant proposes a session; it goes straight to the organizer, with their own mark. */
    public Proposal propose(Participant participant, ProposalInput input, String address, Locale locale) {
        admit(participant.event(), address);
        ProposalInput checked = ProposalRules.check(input, false);
        String email = participant.registration().email();
        limit("barcamp-email", keys.personKey(email));
        return transaction.execute(status -> {
            Proposal proposal = Proposal.byParticipant(participant.event().id(), checked, email,
                    participant.registration().locale(), now());
            proposals.insert(proposal, null);
            interests.mark(proposal.id(), keys.personKey(email), email, proposal.locale(), null, now());
            return proposal;
        });
    }

    /** The guest's proposal behind a confirmation link that still works, to show before confirming. */
    public Optional<Proposal> findConfirmable(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return transaction.execute(status -> proposals.findByConfirmTokenForUpdate(SecretTokens.hashHex(token))
                .filter(this::stillConfirmable));
    }

    /**
     * The guest followed the link: the proposal goes to the organizer, with the proposer's own mark.
     *
     * @throws ProposalNotFoundException when the link is unknown, used or expired
     */
    public Proposal confirmProposal(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            throw new ProposalNotFoundException();
        }
        return transaction.execute(status -> {
            Proposal proposal = proposals.findByConfirmTokenForUpdate(SecretTokens.hashHex(token))
                    .filter(this::stillConfirmable)
                    .orElseThrow(ProposalNotFoundException::new)
                    .confirm();
            proposals.update(proposal);
            interests.mark(proposal.id(), keys.personKey(proposal.proposerEmail()), proposal.proposerEmail(),
                    proposal.locale(), null, now());
            return proposal;
        });
    }

    /**
     * A guest marks interest; it counts once they follow the link in the mail. Says nothing about whether
     * the address marked before, so the answer is the same for everyone.
     *
     * @throws ProposalNotFoundException when the proposal is not public
     * @throws BarcampRefusedException   when the event is over or this address or email is flooding
     * @throws InvalidInputException     when the address is missing or malformed
     */
    public void markInterest(Event event, ProposalId id, String email, String address, Locale locale) {
        Proposal proposal = publicProposal(event, id);
        admitInterest(event, address);
        String checked = ProposalRules.checkEmail(email);
        String person = keys.personKey(checked);
        limit("barcamp-email", person);
        transaction.executeWithoutResult(status -> {
            String token = SecretTokens.newToken();
            if (interests.mark(proposal.id(), person, checked, locale, SecretTokens.hashHex(token), now())) {
                mails.askToConfirmInterest(proposal, event, checked, locale, token);
            }
        });
    }

    /** A participant marks interest through their personal link: it counts at once, once per person. */
    public Proposal markInterest(Participant participant, ProposalId id, String address) {
        Proposal proposal = publicProposal(participant.event(), id);
        admitInterest(participant.event(), address);
        String email = participant.registration().email();
        interests.mark(proposal.id(), keys.personKey(email), email, participant.registration().locale(), null, now());
        return proposal;
    }

    /**
     * The guest followed the link in the mail: their mark counts.
     *
     * @throws ProposalNotFoundException when the link is unknown, used or expired
     */
    public Proposal confirmInterest(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            throw new ProposalNotFoundException();
        }
        return transaction.execute(status -> interests.confirm(SecretTokens.hashHex(token), now())
                .flatMap(proposals::find)
                .orElseThrow(ProposalNotFoundException::new));
    }

    private Proposal publicProposal(Event event, ProposalId id) {
        return proposals.find(id)
                .filter(found -> found.event().equals(event.id()) && found.state().isPublic())
                .orElseThrow(ProposalNotFoundException::new);
    }

    private void admit(Event event, String address) {
        if (!takesProposals(event)) {
            throw new BarcampRefusedException(event.hasEnded(now()) ? Reason.OVER : Reason.CLOSED);
        }
        limit("barcamp-address", address);
    }

    private void admitInterest(Event event, String address) {
        if (event.hasEnded(now())) {
            throw new BarcampRefusedException(Reason.OVER);
        }
        limit("barcamp-address", address);
    }

    private void limit(String scope, String key) {
        int limit = scope.equals("barcamp-address") ? PER_ADDRESS : PER_EMAIL;
        if (key != null && !rateLimiter.tryAcquire(scope, key, limit, WINDOW)) {
            throw new BarcampRefusedException(Reason.TOO_MANY);
        }
    }

    private boolean stillConfirmable(Proposal proposal) {
        return proposal.state() == ProposalState.PENDING_CONFIRMATION
                && proposal.createdAt().plus(CONFIRMATION_VALIDITY).isAfter(now());
    }

    private Instant now() {
        return clock.instant();
    }
}
