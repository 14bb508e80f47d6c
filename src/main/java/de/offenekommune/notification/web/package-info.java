/**
 * The local mailbox that shows written mails while no mail server is configured.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.notification.web;
