package de.offenekommune.barcamp;

/** How a proposed session is meant to run. */
public enum ProposalFormat {
    DISCUSSION, WORKSHOP, TALK, SHOWCASE;

    public String messageKey() {
        return "barcamp.format." + name();
    }
}
