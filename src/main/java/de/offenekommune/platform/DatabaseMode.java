package de.offenekommune.platform;

/**
 * Where the platform keeps its data: in the PostgreSQL it starts itself, or in one the operator runs.
 */
public enum DatabaseMode {

    /** PostgreSQL started by the application with a persistent data folder. */
    EMBEDDED,

    /** PostgreSQL configured through {@code SPRING_DATASOURCE_URL}. */
    EXTERNAL
}
