package de.offenekommune.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded images and documents; requests are limited by {@code ok.max-request-size} as well.
 *
 * @param maxImageSize    the largest image file
 * @param maxImagePixels  the most pixels (width × height) an image may have, read from its header before it is
 *                        decoded, so that a small file cannot claim a huge picture
 * @param maxDocumentSize the largest document
 */
@ConfigurationProperties("ok.media")
public record MediaProperties(
        @DefaultValue("10MB") DataSize maxImageSize,
        @DefaultValue("30000000") long maxImagePixels,
        @DefaultValue("15MB") DataSize maxDocumentSize) {
}
