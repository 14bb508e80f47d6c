package de.offenekommune.modularity.declared.stock;

import de.offenekommune.platform.ModuleInternal;

public record Stock(int available) {

    /** Only the stock module itself may call it: the module-internal check names the shop's call. */
    @ModuleInternal
    public Stock restocked(int items) {
        return new Stock(available + items);
    }
}
