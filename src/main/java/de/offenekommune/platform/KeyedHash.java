package de.offenekommune.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key: the one home of the keyed hashes (of addresses, so nothing personal is stored in
 * the clear) and of the signatures (of links, codes and webhook messages) of this installation. Safe for
 * concurrent use. Each use clones a prototype that was looked up and given its key once, which costs a fraction
 * of looking up and initialising a {@link Mac} per use, on pages that are rendered for every visitor.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Mac prototype;

    private KeyedHash(SecretKeySpec key) {
        this.key = key;
        this.prototype = initialised(key);
    }

    /** A keyed hash under {@code key}, usually {@link PlatformSecrets#keyedHash(String) a secret of this installation}. */
    public static KeyedHash of(byte[] key) {
        return new KeyedHash(new SecretKeySpec(key, ALGORITHM));
    }

    /** The 32-byte hash of the parts, one after the other. */
    public byte[] digest(byte[]... parts) {
        Mac mac = fresh();
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    /** The hash of {@code value} in UTF-8. */
    public byte[] digest(String value) {
        return digest(value.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #digest(String)} as 64 hexadecimal digits. */
    public String hex(String value) {
        return HexFormat.of().formatHex(digest(value));
    }

    private Mac fresh() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // Only a provider that cannot clone its Macs (none of the JDK's) comes here.
            return initialised(key);
        }
    }

    private static Mac initialised(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
