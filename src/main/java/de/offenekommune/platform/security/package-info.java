/**
 * The security configuration: login and its throttling, API bearer tokens, the current account's rights on every
 * request, and the answers to refused requests.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.platform.security;
