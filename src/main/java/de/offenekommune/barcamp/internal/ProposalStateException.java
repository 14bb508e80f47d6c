package de.offenekommune.barcamp.internal;

/** A change the proposal's state does not allow, e.g. placing one the organizer has not approved. */
public class ProposalStateException extends RuntimeException {

    private final String action;

    public ProposalStateException(String action, ProposalState state) {
        super("Cannot " + action + " a proposal in state " + state);
        this.action = action;
    }

    /** The refused action: {@code confirm}, {@code approve}, {@code reject} or {@code place}. */
    public String action() {
        return action;
    }
}
