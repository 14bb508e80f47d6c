package de.offenekommune.programme.internal;

/**
 * A speaker's portrait as an organizer enters it with the speaker.
 *
 * @param file   a new picture, or {@code null} / empty to keep the present one
 * @param alt    the alternative text; required with a picture
 * @param remove whether the present portrait is to go
 */
public record PortraitInput(byte[] file, String alt, boolean remove) {

    public static final PortraitInput UNCHANGED = new PortraitInput(null, null, false);
}
