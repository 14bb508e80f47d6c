package de.offenekommune.platform.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The last automated accessibility check of the running version: the test run writes its summary, and the
 * build puts it into the application at package time. A build without the browser tests has none.
 */
@Component
public class AccessibilityCheck {

    static final String RESOURCE = "accessibility-check.properties";

    /**
     * @param checkedAt   when the run ended
     * @param pageStates  how many page states were audited
     * @param violations  how many of them had a violation
     */
    public record Summary(LocalDate checkedAt, int pageStates, int violations) {
    }

    private final Optional<Summary> summary;

    AccessibilityCheck() {
        this(new ClassPathResource(RESOURCE));
    }

    AccessibilityCheck(Resource resource) {
        this.summary = read(resource);
    }

    public Optional<Summary> last() {
        return summary;
    }

    private static Optional<Summary> read(Resource resource) {
        if (!resource.exists()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Summary(OffsetDateTime.parse(properties.getProperty("checkedAt")).toLocalDate(),
                Integer.parseInt(properties.getProperty("pageStates")),
                Integer.parseInt(properties.getProperty("violations"))));
    }
}
