package de.offenekommune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (junit-platform.properties, service file): a class during whose tests
 * the application logged an email address fails. So the whole suite shows that none is logged.
 */
public class NoEmailAddressesLogged implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoEmailAddressesLogged.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", LogRecorder.linesWithEmailAddresses().size());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        int before = context.getStore(NAMESPACE).get("before", Integer.class);
        var lines = LogRecorder.linesWithEmailAddresses();
        assertThat(lines.subList(Math.min(before, lines.size()), lines.size()))
                .as("log lines with an email address during %s", context.getDisplayName())
                .isEmpty();
    }
}
