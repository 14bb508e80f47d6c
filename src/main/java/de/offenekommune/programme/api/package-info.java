/**
 * The programme as JSON under /api/v1.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.programme.api;
