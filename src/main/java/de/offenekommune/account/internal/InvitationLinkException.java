package de.offenekommune.account.internal;

/** An invitation link that does not (or no longer) work. */
public class InvitationLinkException extends RuntimeException {

    public enum Reason {
        /** Unknown, already used or revoked: nothing tells these apart, the token is not stored. */
        UNKNOWN,
        /** Valid once, but too old: the administration can send it again. */
        EXPIRED,
        /** Meanwhile an account with this address was created. */
        ACCOUNT_EXISTS
    }

    private final Reason reason;

    InvitationLinkException(Reason reason) {
        super("Invitation link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
