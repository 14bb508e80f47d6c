package de.offenekommune.media;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.offenekommune.event.EventId;
import de.offenekommune.media.internal.ImageProcessing;
import de.offenekommune.media.internal.Images;
import de.offenekommune.media.internal.InvalidMediaException;
import de.offenekommune.media.internal.StoredImage;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * Takes the image of an event: a JPEG, PNG or WebP by its content, within the size and pixel limits, with an
 * alternative text and an optional credit; it is re-encoded before anything is stored.
 */
@Service
public class ImageUploads {

    static final int ALT_MAX = 300;
    static final int CREDIT_MAX = 200;

    private final Images images;
    private final MediaProperties properties;
    private final Clock clock;

    ImageUploads(Images images, MediaProperties properties, Clock clock) {
        this.images = images;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sets or replaces the event's image; without a file, changes the texts of the present one.
     *
     * @throws InvalidMediaException when the file or a text does not meet the rules; nothing is changed then
     */
    @Transactional
    public void upload(EventId event, byte[] file, String altText, String creditLine) {
        Violations violations = new Violations();
        String alt = InputText.singleLine(altText);
        String credit = InputText.singleLine(creditLine);
        violations.requireText("alt", alt, ALT_MAX);
        violations.limitText("credit", credit, CREDIT_MAX);
        boolean hasFile = file != null && file.length > 0;
        if (!hasFile && images.findStored(event).isEmpty()) {
            violations.add("image", "media.image.missing");
        }
        ImageProcessing.Result result = hasFile
                ? ImageProcessing.accept(file, properties, ImageProcessing.WIDTHS, "image", violations)
                : null;
        if (!violations.isEmpty()) {
            throw new InvalidMediaException(violations);
        }
        if (result == null) {
            images.describe(event, alt, credit);
            return;
        }
        images.save(new StoredImage(event, key(event, file), alt, credit, result.contentType(), result.width(),
                result.height(), java.util.List.of(), clock.instant()), result.renditions());
    }

    @Transactional
    public boolean remove(EventId event) {
        return images.delete(event);
    }

    /** Derived from event and content: a new picture gets new addresses, so old ones may be cached forever. */
    private static String key(EventId event, byte[] content) {
        return key(event.value(), content);
    }

    /** Derived from the owner (an event, a speaker) and the content, 32 hexadecimal digits. */
    static String key(java.util.UUID owner, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ByteBuffer.allocate(16).putLong(owner.getMostSignificantBits())
                    .putLong(owner.getLeastSignificantBits()).array());
            return HexFormat.of().formatHex(digest.digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
