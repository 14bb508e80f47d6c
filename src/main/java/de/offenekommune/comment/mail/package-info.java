/**
 * The mails of the discussion: confirmations, moderation notices and replies.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.comment.mail;
