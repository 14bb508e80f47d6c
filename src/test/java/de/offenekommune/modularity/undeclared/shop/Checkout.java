package de.offenekommune.modularity.undeclared.shop;

import de.offenekommune.modularity.undeclared.stock.Stock;

class Checkout {

    boolean canSell(Stock stock) {
        return stock.available() > 0;
    }
}
