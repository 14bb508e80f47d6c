package de.offenekommune.barcamp.internal;

import de.offenekommune.barcamp.Proposal;

/** A proposal with the number of people who confirmed their interest in it. */
public record RankedProposal(Proposal proposal, int interest) {
}
