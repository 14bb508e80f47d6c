package de.offenekommune.platform;

/**
 * Whether this installation holds the demo content, whose accounts have passwords published in the
 * README: answered by the demo capability, shown to administrators so that no demo goes live by mistake.
 */
public interface DemoInstallation {

    boolean hasDemoContent();
}
