package de.offenekommune.modularity.declared.shop;

/** Public, yet no other module uses it: the narrow-surface check names it. */
public record Basket(int items) {
}
