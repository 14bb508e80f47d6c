package de.offenekommune.registration.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import de.offenekommune.event.EventId;
import de.offenekommune.platform.KeyedHash;
import de.offenekommune.platform.PlatformSecrets;

/**
 * The code in a seat holder's QR code: the registration and the event, signed with the installation's
 * secret. It needs no stored token, so it can be printed in every mail and on the personal page, and it
 * cannot be made up from a registration id: without the secret no signature fits. 64 URL-safe characters.
 */
@Component
public class CheckInCodes {

    private static final int SIGNATURE_BYTES = 16;
    private static final int LENGTH = 16 + 16 + SIGNATURE_BYTES;
    private static final byte[] PURPOSE = "check-in:".getBytes(StandardCharsets.US_ASCII);

    /** What a code names, once its signature fits. */
    public record Holder(RegistrationId registration, EventId event) {
    }

    private final KeyedHash key;

    @Autowired
    CheckInCodes(PlatformSecrets secrets) {
        this(secrets.secret("check-in"));
    }

    public CheckInCodes(byte[] secret) {
        this.key = KeyedHash.of(secret);
    }

    public String code(RegistrationId registration, EventId event) {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH);
        bytes.put(ids(registration.value(), event.value()));
        bytes.put(signature(ids(registration.value(), event.value())));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** @return the holder, or empty for anything not signed here (forged, mistyped, cut off) */
    public Optional<Holder> read(String code) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH) {
            return Optional.empty();
        }
        byte[] ids = Arrays.copyOf(bytes, 32);
        if (!MessageDigest.isEqual(signature(ids), Arrays.copyOfRange(bytes, 32, LENGTH))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(ids);
        UUID registration = new UUID(buffer.getLong(), buffer.getLong());
        UUID event = new UUID(buffer.getLong(), buffer.getLong());
        return Optional.of(new Holder(new RegistrationId(registration), new EventId(event)));
    }

    private static byte[] ids(UUID registration, UUID event) {
        return ByteBuffer.allocate(32)
                .putLong(registration.getMostSignificantBits()).putLong(registration.getLeastSignificantBits())
                .putLong(event.getMostSignificantBits()).putLong(event.getLeastSignificantBits())
                .array();
    }

    private byte[] signature(byte[] ids) {
        return Arrays.copyOf(key.digest(PURPOSE, ids), SIGNATURE_BYTES);
    }
}
