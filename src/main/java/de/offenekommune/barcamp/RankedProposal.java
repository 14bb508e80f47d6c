package de.offenekommune.barcamp;

/** A proposal with the number of people who confirmed their interest in it. */
public record RankedProposal(Proposal proposal, int interest) {
}
