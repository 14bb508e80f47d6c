package de.offenekommune.feed.internal;

/** One field of the open-data exports as the open-data page documents it. */
public record FieldDoc(String name, String type, boolean required, String description) {
}
