@org.jspecify.annotations.NullMarked
package de.offenekommune.media.web;
