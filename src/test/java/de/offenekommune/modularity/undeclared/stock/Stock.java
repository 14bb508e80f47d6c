package de.offenekommune.modularity.undeclared.stock;

public record Stock(int available) {
}
