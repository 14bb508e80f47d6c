package de.offenekommune.event;

/**
 * What taking part costs.
 *
 * @param priceText e.g. "15 €, ermäßigt 8 €"; {@code null} when free of charge
 */
public record Cost(boolean free, String priceText) {

    public static final Cost FREE = new Cost(true, null);
}
