/**
 * The public programme page, the programme on the event page, its calendar files and the organizer's editor.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.programme.web;
