package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
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

    private AccessibilityAudit() {
    }

    public static void assertNoViolations(Page page) {
        assertNoViolations(page, page.title());
    }

    /** As {@link #assertNoViolations(Page)}, naming the page state in a failure, e.g. "search results". */
    public static void assertNoViolations(Page page, String state) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(ELEMENTS_FOR);
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
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
