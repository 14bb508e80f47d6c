package de.offenekommune.account.internal;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal API tokens stay valid ({@code OK_API_TOKENS_DEFAULT_VALIDITY},
 * {@code OK_API_TOKENS_MAX_VALIDITY}, {@code OK_API_TOKENS_UNLIMITED_ALLOWED}).
 *
 * @param defaultValidity  offered first when creating a token, and given to tokens made without a choice
 * @param maxValidity      the longest validity an owner may choose
 * @param unlimitedAllowed whether owners may create tokens that never expire
 */
@ConfigurationProperties("ok.api-tokens")
public record ApiTokenProperties(
        @DefaultValue("P90D") Duration defaultValidity,
        @DefaultValue("P365D") Duration maxValidity,
        @DefaultValue("false") boolean unlimitedAllowed) {

    private static final List<Duration> USUAL = Stream.of(7, 30, 90, 180, 365).map(Duration::ofDays).toList();

    public ApiTokenProperties {
        if (defaultValidity.isNegative() || defaultValidity.isZero() || defaultValidity.compareTo(maxValidity) > 0) {
            throw new IllegalArgumentException(
                    "ok.api-tokens.default-validity must be positive and at most ok.api-tokens.max-validity");
        }
    }

    /** The validities an owner may choose from, shortest first (without "never", see {@link #unlimitedAllowed()}). */
    public List<Duration> choices() {
        return Stream.concat(USUAL.stream(), Stream.of(defaultValidity, maxValidity))
                .filter(this::allows)
                .distinct()
                .sorted()
                .toList();
    }

    /** @param validity {@code null} for a token that never expires */
    public boolean allows(Duration validity) {
        return validity == null ? unlimitedAllowed
                : !validity.isNegative() && !validity.isZero() && validity.compareTo(maxValidity) <= 0;
    }
}
