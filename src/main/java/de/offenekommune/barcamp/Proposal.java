package de.offenekommune.barcamp;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.offenekommune.barcamp.internal.ProposalId;
import de.offenekommune.barcamp.internal.ProposalState;
import de.offenekommune.barcamp.internal.ProposalStateException;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.ModuleInternal;
import de.offenekommune.programme.SessionId;

/**
 * A session someone proposes for an event's barcamp. Each change of state is a method that guards its
 * rule and returns the changed proposal.
 *
 * @param proposerEmail only to tell the proposer where and when; {@code null} once erased
 * @param session       the programme session it became, once placed
 * @param notifiedAt    when the people interested were told where and when, or {@code null}
 */
public record Proposal(ProposalId id, EventId event, String title, String description, ProposalFormat format,
        String proposerName, @Nullable String proposerEmail, Locale locale, ProposalState state,
        @Nullable SessionId session, Instant createdAt, @Nullable Instant decidedAt, @Nullable Instant notifiedAt) {

    /** A guest's proposal: it counts once its address is confirmed. */
    public static Proposal byGuest(EventId event, ProposalInput input, String email, Locale locale, Instant now) {
        return new Proposal(ProposalId.random(), event, input.title(), input.description(), input.format(),
                input.name(), email, locale, ProposalState.PENDING_CONFIRMATION, null, now, null, null);
    }

    /** A registered participant's proposal, through their personal link: their address is known. */
    public static Proposal byParticipant(EventId event, ProposalInput input, String email, Locale locale, Instant now) {
        return new Proposal(ProposalId.random(), event, input.title(), input.description(), input.format(),
                input.name(), email, locale, ProposalState.SUBMITTED, null, now, null, null);
    }

    @ModuleInternal
    public Proposal confirm() {
        require("confirm", ProposalState.PENDING_CONFIRMATION);
        return with(ProposalState.SUBMITTED, session, decidedAt);
    }

    /** Approving may undo a rejection. */
    Proposal approve(Instant now) {
        require("approve", ProposalState.SUBMITTED, ProposalState.REJECTED);
        return with(ProposalState.APPROVED, null, now);
    }

    /** Rejecting may undo an approval as long as the proposal is not in the programme. */
    Proposal reject(Instant now) {
        require("reject", ProposalState.SUBMITTED, ProposalState.APPROVED);
        return with(ProposalState.REJECTED, null, now);
    }

    /** Approved and not in the programme: never placed, or its session was removed from the programme since. */
    public boolean isPlaceable() {
        return state == ProposalState.APPROVED || state == ProposalState.PLACED && session == null;
    }

    Proposal place(SessionId into) {
        if (!isPlaceable()) {
            throw new ProposalStateException("place", state);
        }
        return with(ProposalState.PLACED, into, decidedAt);
    }

    Proposal notified(Instant now) {
        return new Proposal(id, event, title, description, format, proposerName, proposerEmail, locale, state, session,
                createdAt, decidedAt, now);
    }

    private Proposal with(ProposalState next, @Nullable SessionId placedInto, @Nullable Instant decided) {
        return new Proposal(id, event, title, description, format, proposerName, proposerEmail, locale, next,
                placedInto, createdAt, decided, notifiedAt);
    }

    private void require(String action, ProposalState... allowed) {
        for (ProposalState each : allowed) {
            if (state == each) {
                return;
            }
        }
        throw new ProposalStateException(action, state);
    }
}
