package de.offenekommune.barcamp;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.barcamp.internal.BarcampMails;
import de.offenekommune.barcamp.internal.Interests;
import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.ProposalNotFoundException;
import de.offenekommune.barcamp.internal.ProposalRules;
import de.offenekommune.barcamp.internal.ProposalState;
import de.offenekommune.barcamp.internal.ProposalStateException;
import de.offenekommune.barcamp.internal.Proposals;
import de.offenekommune.barcamp.internal.RankedProposal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SessionKind;

/**
 * The organizer's side of the barcamp: opening proposals, deciding on them, placing approved ones into free
 * cells of the programme (checked by the programme's timetable rules), and telling everyone interested.
 * Each change checks the organizer's right to the event first.
 */
@Service
public class BarcampPlanning {

    private final ProgrammeManagement programme;
    private final Programmes programmes;
    private final Proposals proposals;
    private final Interests interests;
    private final BarcampMails mails;
    private final Clock clock;

    BarcampPlanning(ProgrammeManagement programme, Programmes programmes, Proposals proposals, Interests interests,
            BarcampMails mails, Clock clock) {
        this.programme = programme;
        this.programmes = programmes;
        this.proposals = proposals;
        this.interests = interests;
        this.mails = mails;
        this.clock = clock;
    }

    /** @throws de.offenekommune.event.EventNotFoundException when the user may not manage the event */
    public Event manageable(AccountPrincipal user, EventId event) {
        return programme.manageable(user, event);
    }

    public boolean isOpen(EventId event) {
        return proposals.isOpen(event);
    }

    /** Every proposal past its address confirmation, most interest first. */
    public List<RankedProposal> proposals(EventId event) {
        return proposals.ranked(event, List.of(ProposalState.SUBMITTED, ProposalState.APPROVED, ProposalState.PLACED,
                ProposalState.REJECTED));
    }

    public BarcampGrid grid(EventId event) {
        return grid(event, programmes.of(event));
    }

    @Transactional
    public void open(AccountPrincipal user, EventId event, boolean open) {
        manageable(user, event);
        proposals.open(event, open, clock.instant());
    }

    @Transactional
    public Proposal approve(AccountPrincipal user, EventId event, ProposalId id) {
        Proposal proposal = owned(user, event, id).approve(clock.instant());
        proposals.update(proposal);
        return proposal;
    }

    @Transactional
    public Proposal reject(AccountPrincipal user, EventId event, ProposalId id) {
        Proposal proposal = owned(user, event, id).reject(clock.instant());
        proposals.update(proposal);
        return proposal;
    }

    /**
     * Places an approved proposal into a free cell: fills the barcamp session holding the cell, or adds one.
     *
     * @throws InvalidInputException   when the cell is unknown or taken, or the timetable rules refuse it
     * @throws ProposalStateException when the proposal is not approved
     */
    @Transactional
    public Session place(AccountPrincipal user, EventId eventId, ProposalId id, String cellKey) {
        Event event = manageable(user, eventId);
        Proposal proposal = owned(user, eventId, id);
        if (!proposal.isPlaceable()) {
            throw new ProposalStateException("place", proposal.state());
        }
        BarcampGrid.Cell cell = grid(eventId).cell(cellKey == null ? "" : cellKey)
                .filter(BarcampGrid.Cell::isFree)
                .orElseThrow(() -> {
                    Violations violations = new Violations();
                    violations.add("cell", "barcamp.place.cellTaken");
                    return new InvalidInputException(violations);
                });
        var zone = event.details().schedule().zone();
        Session holder = cell.session();
        SessionDraft draft = new SessionDraft(proposal.title(), proposal.description(), SessionKind.BARCAMP,
                cell.start().atZone(zone).toLocalDateTime(), cell.end().atZone(zone).toLocalDateTime(),
                cell.room().id(), holder == null ? "de" : holder.language(),
                holder != null && holder.signLanguage(), holder != null && holder.captioning(),
                holder == null ? List.of() : holder.speakers(), holder == null ? null : holder.capacity());
        Session session = programme.saveSession(user, eventId, holder == null ? null : holder.id(), draft,
                new Violations());
        proposals.update(proposal.place(session.id()));
        return session;
    }

    /**
     * Tells everyone interested in a placed proposal where and when it takes place, once per proposal:
     * proposals told before are left out, and the outbox never queues one person's mail twice.
     *
     * @return how many proposals were announced
     */
    @Transactional
    public int publish(AccountPrincipal user, EventId eventId) {
        Event event = manageable(user, eventId);
        Programme current = programmes.of(eventId);
        int announced = 0;
        for (RankedProposal ranked : proposals.ranked(eventId, List.of(ProposalState.PLACED))) {
            Proposal proposal = proposals.findForUpdate(ranked.proposal().id()).orElseThrow();
            Session session = proposal.session() == null ? null : current.session(proposal.session()).orElse(null);
            if (proposal.notifiedAt() != null || session == null) {
                continue;
            }
            String room = current.room(session).map(de.offenekommune.programme.Room::name).orElse("");
            for (Interests.Recipient recipient : interests.recipients(proposal.id())) {
                mails.tellWhereAndWhen(proposal, event, session, room, recipient);
            }
            proposals.update(proposal.notified(clock.instant()));
            announced++;
        }
        return announced;
    }

    /**
     * A proposal as it was made and approved before the event came to this platform, with {@code marks}
     * interest marks of people nobody can reach: for what happened before, such as the demo content's past events.
     */
    @Transactional
    public Proposal record(AccountPrincipal user, EventId event, ProposalInput input, int marks, Instant madeAt) {
        manageable(user, event);
        ProposalInput checked = ProposalRules.check(input, false);
        Proposal proposal = Proposal.byParticipant(event, checked, null, java.util.Locale.GERMAN, madeAt)
                .approve(madeAt);
        proposals.insert(proposal, null);
        proposals.update(proposal);
        for (int i = 0; i < marks; i++) {
            interests.mark(proposal.id(), "recorded:" + proposal.id() + ":" + i, null, proposal.locale(), null, madeAt);
        }
        return proposal;
    }

    private BarcampGrid grid(EventId event, Programme programme) {
        Map<SessionId, ProposalId> placed = new HashMap<>();
        for (RankedProposal ranked : proposals.ranked(event, List.of(ProposalState.PLACED))) {
            if (ranked.proposal().session() != null) {
                placed.put(ranked.proposal().session(), ranked.proposal().id());
            }
        }
        return BarcampGrid.of(programme, placed);
    }

    private Proposal owned(AccountPrincipal user, EventId event, ProposalId id) {
        manageable(user, event);
        return proposals.findForUpdate(id)
                .filter(proposal -> proposal.event().equals(event) && proposal.state() != ProposalState.PENDING_CONFIRMATION)
                .orElseThrow(ProposalNotFoundException::new);
    }
}
