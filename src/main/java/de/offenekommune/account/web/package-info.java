/**
 * The pages of login, personal settings and the administration of accounts and organizations.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.account.web;
