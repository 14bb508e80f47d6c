/**
 * The application: one top-level package per capability, each a Spring Modulith module.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune;
