package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunContext;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Runs axe-core against the page as it is now and fails with a readable list of every WCAG 2.0 and
 * 2.1 level A and AA violation: rule, impact, the elements (CSS selectors) and their HTML. Every audit is
 * recorded in the {@link AccessibilityReport} of the run, passed or not. The one way tests call axe-core.
 */
public final class AccessibilityAudit {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Every element only for violations: passed, incomplete and inapplicable rules are still all listed (which is
     * what the report records), with at most one element each, which spares axe-core the selectors and HTML of
     * every other element that passed, the slowest part of an audit on long pages.
     */
    private static final List<String> ELEMENTS_FOR = List.of("violations");

    /** axe-core as the Playwright library of Deque ships it, read from its jar once. */
    private static final String AXE_CORE = AxeBuilder.getAxeScript();

    /** The library's own call in its legacy mode (the top document; its frames are not entered). */
    private static final String RUN = "([context, options]) => axe.run(JSON.parse(context), JSON.parse(options))"
            + ".then(results => JSON.parse(JSON.stringify(results)))";

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final String CONTEXT = json(new AxeRunContext());
    private static final String OPTIONS = json(options());

    private AccessibilityAudit() {
    }

    /**
     * Gives every top document the context opens axe-core from its start, as the library would send it before each
     * audit: sending and compiling half a megabyte of script takes longer than most audits themselves. A page
     * without it (another context) still gets it sent at its first audit.
     */
    static void preload(BrowserContext context) {
        context.addInitScript("if (window.top === window) (() => {" + AXE_CORE + "\n})();");
    }

    public static void assertNoViolations(Page page) {
        assertNoViolations(page, page.title());
    }

    /** As {@link #assertNoViolations(Page)}, naming the page state in a failure, e.g. "search results". */
    public static void assertNoViolations(Page page, String state) {
        AxeResults results = analyze(page);
        AccessibilityReport.record(new AccessibilityReport.Audit(AccessibilityReport.currentTest(), page.url(),
                page.title(), page.viewportSize() == null ? 0 : page.viewportSize().width, WCAG_21_AA,
                AccessibilityReport.ids(results.getPasses()), AccessibilityReport.ids(results.getViolations()),
                AccessibilityReport.ids(results.getIncomplete()),
                results.getInapplicable() == null ? 0 : results.getInapplicable().size()));
        assertThat(results.getErrorMessage()).as("axe-core error on %s", page.url()).isNull();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .withFailMessage(() -> "%d accessibility violation(s) on %s (%s):%n%s".formatted(
                        violations.size(), page.url(), state, describe(violations)))
                .isEmpty();
        assertThat(results.getPasses()).as("axe-core checked something on %s", page.url()).isNotEmpty();
    }

    /**
     * What {@code new AxeBuilder(page).options(options()).setLegacyMode(true).analyze()} does, with the same
     * axe-core, context and options, except that axe-core is sent only where the document does not have it yet.
     */
    private static AxeResults analyze(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => {" + AXE_CORE + "\n}");
        }
        return JSON.convertValue(page.evaluate(RUN, List.of(CONTEXT, OPTIONS)), AxeResults.class);
    }

    /** The WCAG 2.0 and 2.1 A and AA rules, elements listed for violations only. */
    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(ELEMENTS_FOR);
        return options;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- %s [%s] %s (%s)%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
                        rule.getHelpUrl(), rule.getNodes().stream()
                                .map(AccessibilityAudit::describe)
                                .collect(Collectors.joining("%n".formatted()))))
                .collect(Collectors.joining("%n".formatted()));
    }

    private static String describe(CheckedNode node) {
        return "    at %s%n       %s%n       %s".formatted(node.getTarget(), node.getHtml(),
                String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " "));
    }
}
