/** The barcamp's mails: confirmations of proposals and interest, and where and when a session takes place. */
@org.jspecify.annotations.NullMarked
package de.offenekommune.barcamp.mail;
