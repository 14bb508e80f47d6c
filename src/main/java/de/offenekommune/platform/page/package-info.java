/**
 * Operator-written pages: Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit.
 */
package de.offenekommune.platform.page;
