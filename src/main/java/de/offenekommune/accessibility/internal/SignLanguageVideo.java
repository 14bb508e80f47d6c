package de.offenekommune.accessibility.internal;

import java.time.Instant;

import de.offenekommune.accessibility.internal.SignLanguageTopic;

/**
 * A video in Deutsche Gebärdensprache without its bytes, which are read only to be sent.
 *
 * @param contentType {@code video/mp4} or {@code video/webm}, as its first bytes say
 * @param transcript  the text alternative, for people who do not watch the video
 */
public record SignLanguageVideo(SignLanguageTopic topic, String contentType, String captionsVtt, String transcript,
        Instant uploadedAt) {

    /** The file ending of its address. */
    public String extension() {
        return contentType.equals("video/webm") ? "webm" : "mp4";
    }
}
