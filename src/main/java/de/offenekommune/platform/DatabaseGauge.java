package de.offenekommune.platform;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A gauge read by a query at each scrape. While the database is unreachable it reports no value (NaN)
 * instead of failing the scrape or waiting: the other series still arrive.
 */
public final class DatabaseGauge {

    private DatabaseGauge() {
    }

    /**
     * @param unit Prometheus suffix such as {@code seconds}, or {@code null} for a count
     */
    public static void register(MeterRegistry registry, String name, String description, @Nullable String unit,
            Supplier<? extends Number> query) {
        Gauge.builder(name, query, DatabaseGauge::read)
                .description(description)
                .baseUnit(unit)
                .strongReference(true)
                .register(registry);
    }

    private static double read(Supplier<? extends Number> query) {
        try {
            return query.get().doubleValue();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
