package de.offenekommune.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence of a test run: every page state that axe-core audited (address, title, width, the rules it
 * applied and what they found) and every check axe-core cannot make, written after each entry to
 * {@code target/accessibility-report} as Markdown for people, JSON for machines and a summary that the build
 * puts into the application (shown on the Erklärung zur Barrierefreiheit).
 */
final class AccessibilityReport {

    static final Path FOLDER = Path.of("target", "accessibility-report");

    /** One axe-core audit of one page state. */
    record Audit(String test, String url, String title, int width, List<String> tags, List<String> rulesPassed,
            List<String> rulesViolated, List<String> rulesIncomplete, int rulesInapplicable) {

        boolean passed() {
            return rulesViolated.isEmpty();
        }
    }

    /** One check beyond axe-core, e.g. text spacing (WCAG 1.4.12) on one page. */
    record Check(String test, String criterion, String description, String url, boolean passed, String findings) {
    }

    private static final List<Audit> AUDITS = new ArrayList<>();
    private static final List<Check> CHECKS = new ArrayList<>();
    private static final OffsetDateTime STARTED = OffsetDateTime.now(ZoneOffset.UTC);

    private AccessibilityReport() {
    }

    static synchronized void record(Audit audit) {
        AUDITS.add(audit);
        write();
    }

    static synchronized void record(String criterion, String description, String url, List<String> findings) {
        CHECKS.add(new Check(currentTest(), criterion, description, url, findings.isEmpty(), String.join("; ", findings)));
        write();
    }

    /** The test class and method that runs the check, read from the call stack. */
    static String currentTest() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().endsWith("Tests"))
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName())
                .reduce((first, last) -> last)
                .orElse("?"));
    }

    private static void write() {
        try {
            Files.createDirectories(FOLDER);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long failedAudits = AUDITS.stream().filter(audit -> !audit.passed()).count();
            long failedChecks = CHECKS.stream().filter(check -> !check.passed()).count();
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            Files.writeString(FOLDER.resolve("report.json"), json.writeValueAsString(new java.util.LinkedHashMap<>(
                    java.util.Map.of("started", STARTED.toString(), "written", now.toString(), "audits", AUDITS,
                            "checks", CHECKS))), StandardCharsets.UTF_8);
            Files.writeString(FOLDER.resolve("report.md"), markdown(now, failedAudits, failedChecks),
                    StandardCharsets.UTF_8);
            Files.writeString(FOLDER.resolve("accessibility-check.properties"), """
                    checkedAt=%s
                    pageStates=%d
                    violations=%d
                    """.formatted(now, AUDITS.size() + CHECKS.size(), failedAudits + failedChecks),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(OffsetDateTime now, long failedAudits, long failedChecks) {
        Set<String> rules = new TreeSet<>();
        AUDITS.forEach(audit -> {
            rules.addAll(audit.rulesPassed());
            rules.addAll(audit.rulesViolated());
            rules.addAll(audit.rulesIncomplete());
        });
        StringBuilder md = new StringBuilder();
        md.append("# Automated accessibility checks\n\n");
        md.append("Run from %s to %s (UTC).\n\n".formatted(STARTED, now));
        md.append("- axe-core audits: %d page states, %d with violations (tags: %s)\n".formatted(AUDITS.size(),
                failedAudits, String.join(", ", AccessibilityAudit.WCAG_21_AA)));
        md.append("- checks beyond axe-core: %d, %d failed\n".formatted(CHECKS.size(), failedChecks));
        md.append("- axe-core rules that applied to at least one page: %s\n\n".formatted(String.join(", ", rules)));
        md.append("## axe-core audits\n\n| result | page | title | width | passed rules | violated | needs review | test |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Audit audit : AUDITS) {
            md.append("| %s | %s | %s | %d | %d | %s | %s | %s |\n".formatted(audit.passed() ? "pass" : "**FAIL**",
                    cell(audit.url()), cell(audit.title()), audit.width(), audit.rulesPassed().size(),
                    cell(String.join(", ", audit.rulesViolated())), cell(String.join(", ", audit.rulesIncomplete())),
                    cell(audit.test())));
        }
        md.append("\n## Checks beyond axe-core\n\n| result | WCAG | check | page | findings | test |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Check check : CHECKS) {
            md.append("| %s | %s | %s | %s | %s | %s |\n".formatted(check.passed() ? "pass" : "**FAIL**",
                    check.criterion(), cell(check.description()), cell(check.url()), cell(check.findings()),
                    cell(check.test())));
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    static List<String> ids(List<com.deque.html.axecore.results.Rule> rules) {
        return rules == null ? List.of() : rules.stream().map(com.deque.html.axecore.results.Rule::getId)
                .collect(Collectors.toList());
    }
}
