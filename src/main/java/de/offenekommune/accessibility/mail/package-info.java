/**
 * The mails of the barrier reporting channel, one record per mail beside its templates.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.accessibility.mail;
