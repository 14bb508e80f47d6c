package de.offenekommune.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import de.offenekommune.IntegrationTest;

/**
 * The running application driven by the shared headless Chromium. Test methods receive a fresh
 * {@link com.microsoft.playwright.Page} (German locale, Berlin time, relative URLs resolve against
 * the app) and its {@link PageGuard}; after each test the guard must have seen nothing go wrong.
 * Uses the one application context of {@link IntegrationTest}.
 */
@Tag("browser")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(BrowserPages.class)
public @interface BrowserTest {
}
