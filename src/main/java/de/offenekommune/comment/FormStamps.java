package de.offenekommune.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import de.offenekommune.comment.internal.CommentKeys;
import de.offenekommune.comment.internal.CommentProperties;
import de.offenekommune.event.EventId;

/**
 * A signed time stamp in every comment form. A form sent back sooner than a person could have
 * written anything, or one that was never issued by us, is refused; no cookie or session is needed.
 */
@Component
public class FormStamps {

    /** What a submitted stamp says about its form. */
    public enum Verdict {
        FINE, TOO_FAST, EXPIRED, FORGED
    }

    private final CommentKeys keys;
    private final CommentProperties properties;
    private final Clock clock;

    FormStamps(CommentKeys keys, CommentProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A stamp for a form shown now. */
    public String issue(EventId event) {
        return issue(event, clock.instant());
    }

    /** A stamp as if the form had been shown at {@code shownAt}. */
    public String issue(EventId event, Instant shownAt) {
        String time = Long.toString(shownAt.toEpochMilli(), 36);
        return time + "." + signature(event, time);
    }

    /**
     * Tells a form filled in by a person from one filled in by a machine: the honeypot field, invisible to
     * people, must be empty, and the stamp must be ours and neither too young nor too old. A form that may
     * come from a machine is never saved; it comes back with a fresh stamp.
     */
    public Verdict check(EventId event, String honeypot, String stamp) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.FORGED;
        }
        return check(event, stamp);
    }

    public Verdict check(EventId event, String stamp) {
        if (stamp == null || !stamp.matches("[0-9a-z]{1,13}\\.[0-9a-f]{32}")) {
            return Verdict.FORGED;
        }
        String time = stamp.substring(0, stamp.indexOf('.'));
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        if (!MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                signature(event, time).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(time, 36)), clock.instant());
        if (age.compareTo(properties.minFillTime()) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(properties.formValidity()) > 0 ? Verdict.EXPIRED : Verdict.FINE;
    }

    private String signature(EventId event, String time) {
        return keys.hmac("form:" + event.value() + ":" + time).substring(0, 32);
    }
}
