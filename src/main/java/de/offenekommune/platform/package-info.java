/**
 * What every capability stands on: database bootstrap, layout and i18n, security, error pages and rate limiting.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {})
package de.offenekommune.platform;
