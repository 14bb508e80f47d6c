/**
 * The registration form, the personal registration pages and the organizer's participant list.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.registration.web;
