package de.offenekommune.barcamp.internal;

/**
 * The proposal, the link or the event's barcamp does not exist for this person: unknown, not public,
 * expired or someone else's. One answer for all, so that ids and links reveal nothing.
 */
public class ProposalNotFoundException extends RuntimeException {

    public ProposalNotFoundException() {
        super("No such proposal, link or barcamp");
    }
}
