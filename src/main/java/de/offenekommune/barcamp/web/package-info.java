/** The barcamp's pages: proposals and interest for the public, moderation and placing for organizers. */
@org.jspecify.annotations.NullMarked
package de.offenekommune.barcamp.web;
