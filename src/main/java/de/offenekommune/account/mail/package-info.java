/**
 * The mails of accounts: invitations and notices of failed logins.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.account.mail;
