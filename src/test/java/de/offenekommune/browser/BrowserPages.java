package de.offenekommune.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

import de.offenekommune.IntegrationTest;

/**
 * A fresh browser context per test (no cookies or cache shared between tests) in the shared
 * Chromium, watched by a {@link PageGuard} that is checked after the test; its pages carry axe-core
 * for {@link AccessibilityAudit} from their start.
 */
final class BrowserPages implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserPages.class);
    private static final Path FAILURE_SCREENSHOTS = Path.of("target", "browser-failures");

    private record Session(BrowserContext context, Page page, PageGuard guard) {
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        Browser browser = SharedBrowser.in(extension);
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setLocale("de-DE")
                .setTimezoneId("Europe/Berlin")
                .setViewportSize(1280, 900);
        if (AnnotationSupport.isAnnotated(extension.getRequiredTestClass(), IntegrationTest.class)) {
            String port = SpringExtension.getApplicationContext(extension).getEnvironment()
                    .getRequiredProperty("local.server.port");
            options.setBaseURL("http://localhost:" + port);
        }
        BrowserContext context = browser.newContext(options);
        AccessibilityAudit.preload(context);
        // Pages of this app answer within a second even on a busy machine; no need to wait half a minute to fail.
        context.setDefaultTimeout(20_000);
        PageGuard guard = new PageGuard(context);
        extension.getStore(NAMESPACE).put(Session.class, new Session(context, context.newPage(), guard));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).remove(Session.class, Session.class);
        try {
            if (extension.getExecutionException().isPresent()) {
                screenshot(session.page(), extension);
            }
            session.guard().assertNothingWentWrong();
        } finally {
            session.context().close();
        }
    }

    /** Best effort: a picture of the failed page helps, but must not hide the failure itself. */
    private static void screenshot(Page page, ExtensionContext extension) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(FAILURE_SCREENSHOTS.resolve(extension.getRequiredTestClass().getSimpleName() + "."
                            + extension.getRequiredTestMethod().getName() + ".png")));
        } catch (PlaywrightException e) {
            // the page may already be gone
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == PageGuard.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).get(Session.class, Session.class);
        return parameter.getParameter().getType() == Page.class ? session.page() : session.guard();
    }
}
