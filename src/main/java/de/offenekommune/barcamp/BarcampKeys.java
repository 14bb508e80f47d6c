package de.offenekommune.barcamp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import de.offenekommune.platform.PlatformSecrets;

/**
 * Who a person is for the one-mark-per-person rule: a keyed hash of their address, useless without the
 * installation's secret. The same address gives the same key through the personal link and by mail.
 */
@Component
class BarcampKeys {

    private final SecretKeySpec key;

    BarcampKeys(PlatformSecrets secrets) {
        this.key = new SecretKeySpec(secrets.secret("barcamp"), "HmacSHA256");
    }

    String personKey(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("email:" + email.strip().toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
