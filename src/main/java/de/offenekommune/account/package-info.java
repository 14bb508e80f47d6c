/**
 * Users, organizations (Kommunen and civic groups), memberships and roles, login and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package de.offenekommune.account;
