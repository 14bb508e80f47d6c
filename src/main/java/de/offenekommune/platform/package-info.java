/**
 * What every capability stands on: database bootstrap, layout and i18n, security, error pages and rate limiting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.offenekommune.platform;
