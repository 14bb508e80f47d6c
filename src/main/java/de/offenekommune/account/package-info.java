/**
 * Users, organizations (Kommunen and civic groups), memberships and roles, login and personal API tokens.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"notification", "platform", "platform :: pages", "platform :: web"})
package de.offenekommune.account;
