package de.offenekommune.modularity.declared.shop;

import de.offenekommune.modularity.declared.stock.Stock;

class Checkout {

    boolean canSell(Stock stock) {
        return stock.available() > 0;
    }

    Stock returned(Stock stock) {
        return stock.restocked(1);
    }
}
