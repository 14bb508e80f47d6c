/**
 * The discussion on the event page and the moderation pages.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.comment.web;
