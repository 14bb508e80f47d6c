package de.offenekommune.barcamp.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import de.offenekommune.platform.KeyedHash;
import de.offenekommune.platform.PlatformSecrets;

/**
 * Who a person is for the one-mark-per-person rule: a keyed hash of their address, useless without the
 * installation's secret. The same address gives the same key through the personal link and by mail.
 */
@Component
class BarcampKeys {

    private final KeyedHash key;

    BarcampKeys(PlatformSecrets secrets) {
        this.key = secrets.keyedHash("barcamp");
    }

    String personKey(String email) {
        return key.hex("email:" + email.strip().toLowerCase(Locale.ROOT));
    }
}
