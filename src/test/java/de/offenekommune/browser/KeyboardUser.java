package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;

/**
 * Someone who uses only the keyboard: Tab and Shift+Tab to move, typing, Space, arrow keys and Enter.
 * Never clicks, never fills a field programmatically, never moves the focus by script; it only reads
 * where the focus is, to know when to stop pressing Tab.
 */
final class KeyboardUser {

    /** Far more than any page of the platform needs between two fields; reaching it means a field is unreachable. */
    private static final int MAX_TABS_TO_NEXT_TARGET = 80;

    private final Page page;

    KeyboardUser(Page page) {
        this.page = page;
    }

    void press(String key) {
        page.keyboard().press(key);
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    /**
     * Presses Tab until {@code target} has the focus and checks that the focus is visible there;
     * fails if focus leaves the page first.
     *
     * @return how many times Tab was pressed
     */
    int tabTo(Locator target) {
        List<String> trail = new ArrayList<>();
        for (int i = 1; i <= MAX_TABS_TO_NEXT_TARGET; i++) {
            press("Tab");
            if (isFocused(target)) {
                assertThat(hasVisibleFocusIndicator()).as("visible focus on %s", describeFocus()).isTrue();
                return i;
            }
            String focused = describeFocus();
            trail.add(focused);
            if (focused.startsWith("BODY")) {
                break;
            }
        }
        return fail("Tab never reached %s; focus went through:%n  %s", target, String.join("%n  ".formatted(), trail));
    }

    /**
     * Presses {@code key} (e.g. Enter on a focused button) and waits until the next page has loaded.
     * The next page may have the same address (a form shown again with errors, a redirect back to
     * the same overview), which {@code waitForURL} cannot tell apart; {@code waitForNavigation} with
     * the action inside can.
     */
    @SuppressWarnings("deprecation")
    Response pressAndWaitForNextPage(String key) {
        Response response = page.waitForNavigation(() -> press(key));
        waitForAutofocus(page);
        String fragment = URI.create(page.url()).getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            // A person presses Tab once the page has jumped to the address's fragment: only then does the browser
            // start the Tab order there, and it may jump a moment after the page has loaded.
            page.waitForFunction("""
                    id => {
                        const target = document.getElementById(id);
                        if (!target) return true;
                        // In view, not "at the top": after the jump its top may be a fraction of a pixel above 0.
                        const box = target.getBoundingClientRect();
                        return box.bottom > 0 && box.top < window.innerHeight;
                    }""", fragment);
        }
        return response;
    }

    /**
     * Waits (at most 5 s) until the page's autofocus element has the focus: the browser moves it there at its
     * first rendering after the load, which on a busy machine may come a moment later; a person sees the page,
     * and so the focus, only then. A page whose autofocus never takes is left to the test's own assertion.
     */
    static void waitForAutofocus(Page page) {
        try {
            page.waitForFunction("""
                    () => {
                        const autofocus = document.querySelector('[autofocus]');
                        return !autofocus || document.activeElement === autofocus;
                    }""", null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError notFocused) {
            // The assertion that follows says what was expected.
        }
    }

    boolean isFocused(Locator element) {
        return (Boolean) element.evaluate("element => element === document.activeElement");
    }

    /** An outline or a shadow around the focused element (WCAG 2.4.7); the browser's own focus ring counts. */
    boolean hasVisibleFocusIndicator() {
        return (Boolean) page.evaluate("""
                () => {
                  const style = getComputedStyle(document.activeElement);
                  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
                }""");
    }

    /** Tag, id, name and text of the focused element, for assertions and failure messages. */
    String describeFocus() {
        return (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const text = (e.innerText || e.value || '').trim().split('\\n')[0].slice(0, 60);
                  return `${e.tagName}${e.id ? '#' + e.id : ''}${e.name ? ' name=' + e.name : ''} "${text}"`;
                }""");
    }
}
