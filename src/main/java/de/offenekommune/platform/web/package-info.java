/**
 * What the HTML channels of every capability share: the page context, form errors and choices of forms.
 */
@org.springframework.modulith.NamedInterface("web")
package de.offenekommune.platform.web;
