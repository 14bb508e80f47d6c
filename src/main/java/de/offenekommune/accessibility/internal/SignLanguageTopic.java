package de.offenekommune.accessibility.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the videos in Deutsche Gebärdensprache explain: the same topics as the page in Leichte Sprache.
 */
public enum SignLanguageTopic {

    PLATFORM, FIND_EVENT, REGISTER, COMMENT, ACCESSIBILITY;

    /** The topic's part of its addresses, e.g. {@code find-event}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String titleKey() {
        return "signLanguage.topic." + name();
    }

    public static Optional<SignLanguageTopic> bySlug(String slug) {
        return Arrays.stream(values()).filter(topic -> topic.slug().equals(slug)).findFirst();
    }
}
