package de.offenekommune.platform.web;

/**
 * A response rendered to be kept for other visitors too, found under {@link #ATTRIBUTE} of its request
 * while the store of rendered pages captures it: where a page needs a value of each response's own, it
 * writes a placeholder, which every response sent from the store replaces with its own value.
 */
public interface KeptResponse {

    /** The request attribute that holds the response being kept. */
    String ATTRIBUTE = KeptResponse.class.getName();

    /** What a page writes for the visitor's CSRF token; {@code null} when the response is not kept after all. */
    String tokenPlaceholder();

    /** What a page writes for a {@link FreshValue}; {@code null} when the response is not kept after all. */
    String freshPlaceholder(String name, String argument);
}
