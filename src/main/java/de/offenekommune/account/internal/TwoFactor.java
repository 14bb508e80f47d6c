package de.offenekommune.account.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.UserId;
import de.offenekommune.platform.RateLimiter;
import de.offenekommune.platform.SecretTokens;
import de.offenekommune.platform.SiteProperties;

/**
 * The second factor of local accounts: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 seconds, as every
 * authenticator app expects) and ten single-use recovery codes.
 *
 * <p>The secret is shown once, while enrolling, and stored only sealed by {@link SecretBox}. A code is
 * accepted for the time step before and after the current one (clocks drift), and each step only once.
 * Wrong codes are throttled per account: 5 in 15 minutes, 20 in a day; a throttled attempt is not checked.
 */
@Service
public class TwoFactor {

    /** What an authenticator app needs: the secret in Base32 for typing, and the {@code otpauth:} URI for the QR code. */
    public record Enrolment(String secret, String uri) {

        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return String.join(" ", secret.split("(?<=\\G.{4})"));
        }
    }

    /** Outcome of a code. */
    public enum Check {
        ACCEPTED, REJECTED, THROTTLED
    }

    record Limit(int failures, Duration window) {
    }

    static final List<Limit> LIMITS = List.of(new Limit(5, Duration.ofMinutes(15)), new Limit(20, Duration.ofDays(1)));
    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOTP_FORMAT = Pattern.compile("\\d{6}");
    /** Crockford's Base32 alphabet: no I, L, O or U to confuse. 16 characters carry 80 random bits. */
    private static final String RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int SECRET_BYTES = 20;

    private final TwoFactorCredentials credentials;
    private final SecretBox box;
    private final RateLimiter rateLimiter;
    private final SiteProperties site;
    private final Clock clock;
    private final boolean requiredForAdmins;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

    TwoFactor(TwoFactorCredentials credentials, SecretBox box, RateLimiter rateLimiter, SiteProperties site, Clock clock,
            @Value("${ok.admin.two-factor-required:false}") boolean requiredForAdmins) {
        this.credentials = credentials;
        this.box = box;
        this.rateLimiter = rateLimiter;
        this.site = site;
        this.clock = clock;
        this.requiredForAdmins = requiredForAdmins;
    }

    /** Whether the account logs in with a code after its password. */
    public boolean isActive(UserId user) {
        return credentials.find(user).filter(TwoFactorCredentials.Credential::confirmed).isPresent();
    }

    /** Whether the operator demands a second factor of administrators ({@code OK_ADMIN_TWO_FACTOR_REQUIRED}). */
    public boolean requiredForAdmins() {
        return requiredForAdmins;
    }

    /**
     * Whether the account must enrol before it may do anything else: a local administrator when the operator
     * demands it, or any local account whose second factor an administrator reset. Accounts of the OpenID
     * Connect provider have their second factor there.
     */
    public boolean mustEnrol(AccountPrincipal account) {
        if (!account.hasLocalPassword() || account.signedInWithProvider() || account.hasSecondFactor()) {
            return false;
        }
        return (requiredForAdmins && account.isAdmin()) || account.twoFactor().demanded();
    }

    /** Whether the account may switch its second factor off itself: not where it is demanded. */
    public boolean mayDisable(AccountPrincipal account) {
        return !(requiredForAdmins && account.isAdmin());
    }

    /** The secret being enrolled, a new one if none is pending; empty when the second factor is active. */
    @Transactional
    public Optional<Enrolment> enrolment(AccountPrincipal account) {
        Optional<TwoFactorCredentials.Credential> stored = credentials.find(account.id());
        if (stored.isPresent() && stored.get().confirmed()) {
            return Optional.empty();
        }
        byte[] secret;
        if (stored.isPresent()) {
            secret = box.open(stored.get().sealedSecret());
        } else {
            secret = new byte[SECRET_BYTES];
            RANDOM.nextBytes(secret);
            credentials.startEnrolment(account.id(), box.seal(secret));
        }
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = encode(site.name()) + ":" + encode(account.email());
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(site.name())
                + "&algorithm=SHA1&digits=6&period=30";
        return Optional.of(new Enrolment(base32, uri));
    }

    /**
     * Confirms the pending secret with a code from the app.
     *
     * @return the recovery codes, shown once; empty when the code was wrong or throttled
     */
    @Transactional
    public Optional<List<String>> confirm(UserId user, String code) {
        Optional<TwoFactorCredentials.Credential> stored = credentials.find(user).filter(c -> !c.confirmed());
        if (stored.isEmpty() || throttled(user) || !matchesTotp(stored.get(), code)) {
            stored.ifPresent(s -> countFailure(user));
            return Optional.empty();
        }
        List<String> codes = newRecoveryCodes();
        credentials.confirm(user, clock.instant(), hashes(codes));
        resetFailures(user);
        return Optional.of(codes);
    }

    /** Checks a code at login: a TOTP code of six digits, or else a recovery code, which is then used up. */
    @Transactional
    public Check verify(UserId user, String code) {
        if (throttled(user)) {
            return Check.THROTTLED;
        }
        Optional<TwoFactorCredentials.Credential> stored = credentials.find(user).filter(TwoFactorCredentials.Credential::confirmed);
        String typed = code == null ? "" : code.strip().replace(" ", "");
        boolean accepted = stored.isPresent() && (TOTP_FORMAT.matcher(typed).matches()
                ? matchesTotp(stored.get(), typed)
                : credentials.useRecoveryCode(user, SecretTokens.hashHex(normalizeRecoveryCode(typed)), clock.instant()));
        if (!accepted) {
            countFailure(user);
            return Check.REJECTED;
        }
        resetFailures(user);
        return Check.ACCEPTED;
    }

    /** Replaces the recovery codes by ten new ones, shown once. */
    @Transactional
    public List<String> renewRecoveryCodes(UserId user) {
        List<String> codes = newRecoveryCodes();
        credentials.replaceRecoveryCodes(user, hashes(codes));
        return codes;
    }

    public int unusedRecoveryCodes(UserId user) {
        return credentials.countUnusedRecoveryCodes(user);
    }

    /** The account switches its second factor off. */
    @Transactional
    public void disable(UserId user) {
        credentials.remove(user, false);
    }

    /**
     * An administrator removes another account's second factor, e.g. after a lost phone, without learning
     * anything of it: the account enrols a new one at its next login.
     */
    @Transactional
    public void reset(UserId user) {
        credentials.remove(user, true);
    }

    private boolean matchesTotp(TwoFactorCredentials.Credential credential, String code) {
        String typed = code == null ? "" : code.strip().replace(" ", "");
        if (!TOTP_FORMAT.matcher(typed).matches()) {
            return false;
        }
        SecretKeySpec key = new SecretKeySpec(box.open(credential.sealedSecret()), "HmacSHA1");
        long seconds = totp.getTimeStep().toSeconds();
        long now = clock.instant().getEpochSecond() / seconds;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(codeAt(key, step * seconds).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return credentials.useStep(credential.user(), step);
            }
        }
        return false;
    }

    private String codeAt(SecretKeySpec key, long epochSecond) {
        try {
            return totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(epochSecond), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is always a valid HMAC key", e);
        }
    }

    private boolean throttled(UserId user) {
        return LIMITS.stream().anyMatch(limit ->
                rateLimiter.isExhausted("two-factor", user.value().toString(), limit.failures(), limit.window()));
    }

    private void countFailure(UserId user) {
        LIMITS.forEach(limit -> rateLimiter.tryAcquire("two-factor", user.value().toString(), limit.failures(), limit.window()));
    }

    private void resetFailures(UserId user) {
        rateLimiter.reset("two-factor", user.value().toString());
    }

    private static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    private static List<String> hashes(List<String> codes) {
        return codes.stream().map(code -> SecretTokens.hashHex(normalizeRecoveryCode(code))).toList();
    }

    /** Typed in any case, with or without hyphens; I and L read as 1, O as 0. */
    static String normalizeRecoveryCode(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('i', '1').replace('l', '1').replace('o', '0');
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
