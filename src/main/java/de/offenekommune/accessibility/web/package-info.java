/**
 * The pages for reporting barriers, their handling by the administration, and the sign-language videos.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.accessibility.web;
