package de.offenekommune.programme;

/** What happens in a session. */
public enum SessionKind {
    TALK, WORKSHOP, PANEL, BARCAMP, BREAK, OTHER;

    public String messageKey() {
        return "programme.kind." + name();
    }
}
