package de.offenekommune.account.web;

import de.offenekommune.account.PlatformRole;

/** A new user account as typed by an administrator; the password is never shown again. */
public record UserForm(String email, String displayName, String password, String role, String organizationId) {

    static final UserForm BLANK = new UserForm("", "", "", PlatformRole.USER.name(), "");
}
