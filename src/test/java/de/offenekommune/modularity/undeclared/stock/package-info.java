/**
 * A stock that depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package de.offenekommune.modularity.undeclared.stock;
