/**
 * A shop that uses the stock without declaring it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package de.offenekommune.modularity.undeclared.shop;
