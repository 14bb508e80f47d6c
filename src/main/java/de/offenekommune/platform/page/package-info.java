/**
 * Operator-written pages: Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.platform.page;
