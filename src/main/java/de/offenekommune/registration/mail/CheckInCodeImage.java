package de.offenekommune.registration.mail;

import org.jspecify.annotations.Nullable;

import de.offenekommune.notification.InlineImage;
import de.offenekommune.platform.QrCodes;

/** The admission code as the QR picture inside a mail, referred to as {@code cid:check-in-code}. */
final class CheckInCodeImage {

    static final String CONTENT_ID = "check-in-code";
    /** Pixels per QR module: about 300 pixels wide, sharp when printed. */
    private static final int SCALE = 6;

    private CheckInCodeImage() {
    }

    static @Nullable InlineImage of(@Nullable String code) {
        return code == null ? null : new InlineImage(CONTENT_ID, "image/png", QrCodes.png(code, SCALE));
    }
}
