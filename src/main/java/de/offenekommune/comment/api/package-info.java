/**
 * The JSON API of the discussion under each event.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.comment.api;
