/**
 * The JSON API of accounts: who the caller of an API token is.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.account.api;
