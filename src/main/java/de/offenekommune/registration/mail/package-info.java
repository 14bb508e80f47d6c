/**
 * The mails to registrants and participants, one record per mail beside its templates.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.registration.mail;
