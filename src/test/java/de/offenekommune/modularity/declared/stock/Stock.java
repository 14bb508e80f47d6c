package de.offenekommune.modularity.declared.stock;

public record Stock(int available) {
}
