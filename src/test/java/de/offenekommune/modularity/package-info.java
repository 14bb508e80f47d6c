/**
 * Two miniature applications for {@code ModularityTests}: the same shop and stock, once with the shop's use of the
 * stock declared in {@code allowedDependencies} and once without, to show that the verification refuses the second;
 * the declared shop also has a public type that no other module uses, which the narrow-surface check names.
 * Not part of the application: the module detection of the real application leaves test classes out.
 */
package de.offenekommune.modularity;
