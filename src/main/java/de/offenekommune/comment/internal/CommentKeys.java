package de.offenekommune.comment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import de.offenekommune.comment.CommentId;
import de.offenekommune.platform.KeyedHash;
import de.offenekommune.platform.PlatformSecrets;
import de.offenekommune.platform.SecretTokens;

/**
 * Everything the discussion keeps instead of personal data or secrets: keyed hashes of guest emails
 * and reporters' addresses (useless without the installation's secret), SHA-256 hashes of the random
 * tokens in mail links, and signed unsubscribe links that need no stored token.
 */
@Component
public class CommentKeys {

    private final KeyedHash key;

    @Autowired
    public CommentKeys(PlatformSecrets secrets) {
        this(secrets.secret("comments"));
    }

    public CommentKeys(byte[] secret) {
        this.key = KeyedHash.of(secret);
    }

    /** A random token for a mail link, 256 bits, URL-safe. */
    public static String newToken() {
        return SecretTokens.newToken();
    }

    /** What is stored of a token. */
    public static String tokenHash(String token) {
        return SecretTokens.hashHex(token);
    }

    /** Whether {@code token} has the shape of one we hand out, before it is looked up. */
    public static boolean isWellFormedToken(String token) {
        return SecretTokens.isWellFormed(token);
    }

    public String emailHash(String email) {
        return hmac("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** Identifies a reporter: the user, or else the network address, never stored in the clear. */
    String reporterKey(UUID userId, String address) {
        return userId != null ? "user:" + userId : "address:" + hmac("address:" + address);
    }

    /** The signature in a reply mail's unsubscribe link. */
    String unsubscribeSignature(CommentId comment) {
        return hmac("unsubscribe:" + comment.value()).substring(0, 32);
    }

    boolean isUnsubscribeSignature(CommentId comment, String signature) {
        return signature != null && MessageDigest.isEqual(unsubscribeSignature(comment).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    public String hmac(String value) {
        return key.hex(value);
    }
}
