package de.offenekommune.browser;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

/**
 * Whole-page pictures of what a test shows, at a phone's and a desktop's width, written to
 * {@code target/screenshots} so that a reviewer can look at the pages of a run (never committed).
 */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");
    static final List<Integer> WIDTHS = List.of(375, 1280);

    private Screenshots() {
    }

    /** Writes {@code name-375.png} and {@code name-1280.png}, then gives the page its size back. */
    static void of(Page page, String name) {
        ViewportSize before = page.viewportSize();
        try {
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(FOLDER.resolve(name + "-" + width + ".png")));
            }
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }
}
