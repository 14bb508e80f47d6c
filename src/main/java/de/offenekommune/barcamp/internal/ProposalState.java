package de.offenekommune.barcamp.internal;

/**
 * Where a proposal stands. A guest's proposal waits for the confirmation of its address; every proposal
 * waits for the organizer's decision before it is public; an approved one may be placed into the programme.
 */
public enum ProposalState {
    PENDING_CONFIRMATION, SUBMITTED, APPROVED, REJECTED, PLACED;

    /** Whether the public sees it and may mark interest. */
    public boolean isPublic() {
        return this == APPROVED || this == PLACED;
    }

    public String messageKey() {
        return "barcamp.state." + name();
    }
}
