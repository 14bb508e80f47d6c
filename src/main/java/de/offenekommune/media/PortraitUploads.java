package de.offenekommune.media;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import de.offenekommune.media.internal.ImageProcessing;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * Takes the portrait of a speaker: checked and re-encoded like an event image (see {@link ImageProcessing}),
 * in two small widths, always with an alternative text. Checking and storing are two steps, so that the
 * programme can report the portrait's problems together with the speaker's and store both or nothing.
 */
@Service
public class PortraitUploads {

    /** Shown about 80 pixels wide; the second width is for screens with double density. */
    static final int[] WIDTHS = {160, 320};

    private final Portraits portraits;
    private final MediaProperties properties;
    private final Clock clock;

    PortraitUploads(Portraits portraits, MediaProperties properties, Clock clock) {
        this.portraits = portraits;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a checked input does to the portrait; only {@link #apply} reads it. */
    public static final class Change {
        private static final Change NONE = new Change(false, null, null, null);
        private static final Change REMOVE = new Change(true, null, null, null);

        private final boolean remove;
        private final String alt;
        private final byte[] file;
        private final ImageProcessing.Result result;

        private Change(boolean remove, String alt, byte[] file, ImageProcessing.Result result) {
            this.remove = remove;
            this.alt = alt;
            this.file = file;
            this.result = result;
        }
    }

    /**
     * Checks a portrait entered with a speaker. A new file needs an alternative text; without a file a text
     * changes that of the present portrait. Problems go into {@code violations} at {@code portrait} and
     * {@code portraitAlt}.
     *
     * @param speaker the speaker, or {@code null} for one not yet saved
     * @param remove  whether the present portrait is to go; then file and text are ignored
     */
    public Change check(UUID speaker, byte[] file, String altText, boolean remove, Violations violations) {
        if (remove) {
            return Change.REMOVE;
        }
        String alt = InputText.singleLine(altText);
        boolean hasFile = file != null && file.length > 0;
        boolean present = speaker != null && portraits.find(speaker).isPresent();
        if (!hasFile && !present) {
            if (alt != null) {
                violations.add("portrait", "media.image.missing");
            }
            return Change.NONE;
        }
        violations.requireText("portraitAlt", alt, ImageUploads.ALT_MAX);
        if (!hasFile) {
            return new Change(false, alt, null, null);
        }
        ImageProcessing.Result result = ImageProcessing.accept(file, properties, WIDTHS, "portrait", violations);
        return new Change(false, alt, file, result);
    }

    /** Stores a change that {@link #check} found valid, in the caller's transaction. */
    public void apply(UUID speaker, Change change) {
        if (change.remove) {
            portraits.delete(speaker);
        } else if (change.result != null) {
            portraits.save(speaker, ImageUploads.key(speaker, change.file), change.alt, change.result, clock.instant());
        } else if (change.alt != null) {
            portraits.describe(speaker, change.alt);
        }
    }
}
