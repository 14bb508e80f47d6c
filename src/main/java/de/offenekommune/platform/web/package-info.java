/**
 * Web building blocks shared by all capabilities: page context, form errors, API problem details.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("web")
package de.offenekommune.platform.web;
