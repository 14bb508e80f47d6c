package de.offenekommune.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import de.offenekommune.platform.KeyedHash;

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com): an HMAC-SHA256 over
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"} with the secret {@code whsec_<base64>}, sent as
 * {@code webhook-signature: v1,<base64>}.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        byte[] signed = KeyedHash.of(key(secret)).digest(messageId + "." + timestampSeconds + "." + body);
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }

    /** Whether one of the space-separated signatures in {@code header} is the one of this message. */
    public static boolean verify(String secret, String messageId, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, messageId, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
