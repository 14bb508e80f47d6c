/**
 * The JSON API of registrations.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.registration.api;
