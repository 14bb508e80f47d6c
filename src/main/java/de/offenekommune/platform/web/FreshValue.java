package de.offenekommune.platform.web;

/**
 * A value a page must compute anew for every response, such as the signed time stamp that tells when
 * a form was shown. Templates write {@code ctx.fresh(name, argument)}; in a page kept for others (see
 * {@link KeptResponse}) a placeholder stands there and each response gets a new value.
 */
public interface FreshValue {

    /** Letters and dashes only. */
    String name();

    /** @param argument letters, digits and dashes only, e.g. an event id */
    String value(String argument);
}
