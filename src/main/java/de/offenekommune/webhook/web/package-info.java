/**
 * The pages where organizers and administrators manage webhook endpoints and see deliveries.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.webhook.web;
