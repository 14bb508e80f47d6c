/**
 * What the pagestore module keeps to itself: no other module may use these types.
 */
@org.jspecify.annotations.NullMarked
package de.offenekommune.pagestore.internal;
