package de.offenekommune.media.web;

/**
 * The texts of the image and document forms, shown again after an error so nothing typed is lost.
 */
public record MediaTexts(String alt, String credit, String title, String language) {
}
