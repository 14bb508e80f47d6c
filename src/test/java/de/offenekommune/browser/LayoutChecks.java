package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * What a person sees of a page's layout, measured in the browser: controls that lie over each other or
 * are cut off, content that leaves the screen, a page that scrolls sideways. Screenshots of what was
 * checked go to {@code target/screenshots} for reviewers.
 */
final class LayoutChecks {

    /** Everything a person clicks, taps or types into. */
    static final String CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private LayoutChecks() {
    }

    /**
     * Controls inside {@code scope} that overlap another one, reach beyond the screen, are cut off by a
     * clipping ancestor, or are narrower than their own label.
     */
    @SuppressWarnings("unchecked")
    static List<String> collidingControls(Page page, String scope) {
        return (List<String>) page.evaluate("""
                ([scope, controls]) => {
                  const problems = [];
                  const width = document.documentElement.clientWidth;
                  const shown = e => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
                  };
                  const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${
                    (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().split('\\n')[0].slice(0, 40)}"`;
                  const boxes = [...document.querySelectorAll(scope)]
                    .flatMap(container => [...container.querySelectorAll(controls)])
                    .filter(shown)
                    .map(e => [e, e.getBoundingClientRect()]);
                  boxes.forEach(([a, r], i) => {
                    if (r.left < -1 || r.right > width + 1) {
                      problems.push(`${name(a)} leaves the screen (${Math.round(r.left)} to ${Math.round(r.right)} of ${width})`);
                    }
                    const text = !['INPUT', 'SELECT', 'TEXTAREA'].includes(a.tagName) && getComputedStyle(a).display !== 'inline';
                    if (text && a.scrollWidth > a.clientWidth + 1) {
                      problems.push(`${name(a)} is narrower than its label (${a.clientWidth} < ${a.scrollWidth})`);
                    }
                    for (let p = a.parentElement; p && p !== document.body; p = p.parentElement) {
                      const style = getComputedStyle(p);
                      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
                      const q = p.getBoundingClientRect();
                      if (r.left < q.left - 1 || r.right > q.right + 1 || r.top < q.top - 1 || r.bottom > q.bottom + 1) {
                        problems.push(`${name(a)} is cut off by ${p.tagName.toLowerCase()}.${[...p.classList].join('.')}`);
                      }
                    }
                    boxes.slice(i + 1).forEach(([b, s]) => {
                      if (a.contains(b) || b.contains(a)) return;
                      const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
                      const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
                      if (w > 1 && h > 1) problems.push(`${name(a)} overlaps ${name(b)}`);
                    });
                  });
                  return problems;
                }""", List.of(scope, CONTROLS));
    }

    /** Elements matching {@code selector} that are hidden, leave the screen or cannot show all their content. */
    @SuppressWarnings("unchecked")
    static List<String> hiddenOrCutOff(Page page, String selector) {
        return (List<String>) page.evaluate("""
                selector => {
                  const width = document.documentElement.clientWidth;
                  return [...document.querySelectorAll(selector)].flatMap(e => {
                    const r = e.getBoundingClientRect();
                    const label = `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 40)}"`;
                    if (!e.textContent.trim()) return [];
                    if (r.width === 0 || r.height === 0) return [`${label} is hidden`];
                    if (r.left < -1 || r.right > width + 1) return [`${label} leaves the screen`];
                    if (e.scrollWidth > e.clientWidth + 1) return [`${label} is cut off (${e.clientWidth} < ${e.scrollWidth})`];
                    return [];
                  });
                }""", selector);
    }

    /** WCAG 1.4.10: the page itself never scrolls sideways. */
    static void assertNoSidewaysScrolling(Page page) {
        int viewport = (Integer) page.evaluate("document.documentElement.clientWidth");
        int content = (Integer) page.evaluate("document.documentElement.scrollWidth");
        AccessibilityReport.record("1.4.10", "no sideways scrolling at " + viewport + " px", page.url(),
                content <= viewport ? List.of() : List.of("content " + content + " px wide"));
        assertThat(content).as("width of %s at %d px; wider than the screen: %s", page.url(), viewport,
                page.evaluate("""
                        () => [...document.querySelectorAll('body *')]
                          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                          .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))"""))
                .isLessThanOrEqualTo(viewport);
    }

    /** Opens every folded part of the page ({@code <details>}) the way a person does: a click on its summary. */
    static void unfoldEverything(Page page) {
        Locator folded = page.locator("details:not([open]) > summary");
        while (folded.count() > 0) {
            folded.first().click();
        }
    }

    /** A full-page picture for reviewers, named after what it shows and the width. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve(name + "-" + page.viewportSize().width + ".png")));
    }
}
