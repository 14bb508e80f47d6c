/**
 * A shop that declares the stock it uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "stock")
package de.offenekommune.modularity.declared.shop;
