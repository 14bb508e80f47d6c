package de.offenekommune.comment;

import java.util.Locale;

import de.offenekommune.account.AccountPrincipal;

/**
 * Who writes: a logged-in user or a guest, from which network address, in which language.
 *
 * @param user    {@code null} for a guest
 * @param address the client's address for rate limits, or {@code null} (API: limited per user)
 */
public record Commenter(AccountPrincipal user, String address, Locale locale) {

    public boolean isGuest() {
        return user == null;
    }
}
