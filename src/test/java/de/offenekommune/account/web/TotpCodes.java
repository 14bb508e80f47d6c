package de.offenekommune.account.web;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/** What an authenticator app does with the key shown at enrolment, and what a person reads off the pages. */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code an app shows at {@code at} for the key as the enrolment page shows it (in groups, Base32). */
    public static String code(String shownSecret, Instant at) {
        byte[] key = new Base32().decode(shownSecret.replace(" ", ""));
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(key, "HmacSHA1"), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String secretOn(String html) {
        return Jsoup.parse(html).select("#secret").text();
    }

    public static List<String> recoveryCodesOn(String html) {
        return Jsoup.parse(html).select("#recovery-codes li").eachText();
    }
}
