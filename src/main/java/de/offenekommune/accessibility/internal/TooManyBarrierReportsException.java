package de.offenekommune.accessibility.internal;

/**
 * One network address sent more reports than a person would; nothing was saved.
 */
public class TooManyBarrierReportsException extends RuntimeException {

    TooManyBarrierReportsException() {
        super("Too many barrier reports from one address");
    }
}
