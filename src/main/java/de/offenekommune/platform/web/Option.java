package de.offenekommune.platform.web;

/** One choice of a select, radio group or checkbox group, with its label in the visitor's language. */
public record Option(String value, String label) {
}
