package org.convene.ui.it;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core on a settled page ({@link SettledPage}): no "serious" or "critical" violations. Every
 * violation, of any impact, is printed for diagnosis; a failure names each blocking violation
 * (rule, impact, what it means, the elements and how to fix them) and whether the page changed
 * while axe ran, so the surefire report alone says what was wrong.
 */
final class AccessibilityScan {

    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    private static final int HTML_IN_REPORT = 300;

    /**
     * Violations in markup that Vaadin's web components generate themselves, which the app cannot
     * change without taking away information people need. Only these exact nodes are let through;
     * the rule stays on for everything else.
     * <ul>
     * <li>A required {@code vaadin-date-time-picker} is a {@code role="group"}, and Vaadin's
     * {@code FieldAriaController} puts {@code aria-required} on it on purpose so that VoiceOver
     * and JAWS announce "required" (vaadin/web-components#2931, "known issue"). The app's only
     * lever would be to stop marking the received date and time as required.</li>
     * <li>A required {@code vaadin-select} puts {@code aria-required} on its internal
     * {@code vaadin-select-value-button} ({@code role="button"}), created by the component
     * (vaadin/web-components#7337, open).</li>
     * </ul>
     */
    private static final List<KnownComponentIssue> KNOWN_COMPONENT_ISSUES = List.of(
            new KnownComponentIssue("aria-allowed-attr", "<vaadin-date-time-picker ",
                    "ARIA attribute is not allowed: aria-required=\"true\""),
            new KnownComponentIssue("aria-allowed-attr", "<vaadin-select-value-button ",
                    "ARIA attribute is not allowed: aria-required=\"true\""));

    private AccessibilityScan() {
    }

    /** Waits for the page to settle, scans it and fails on any serious or critical violation. */
    static void assertNoSeriousViolations(Page page) {
        SettledPage.await(page);
        // Vaadin's development-mode tools (a "Development Mode" notice may pop up while the test
        // server runs in development mode) are not part of the product: production builds have none.
        AxeResults results = new AxeBuilder(page).exclude(List.of("copilot-main", "vaadin-dev-tools")).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe did not run on " + page.url() + ": " + results.getErrorMessage());
        }
        String afterScan = SettledPage.whatIsBusy(page);
        System.out.println("axe violations on " + results.getUrl() + ":"
                + (results.getViolations().isEmpty() ? " none" : describe(results.getViolations())));
        List<Rule> blocking = blocking(results.getViolations());
        if (!blocking.isEmpty()) {
            throw new AssertionError(failureMessage(results.getUrl(), blocking, afterScan));
        }
    }

    /** The violations that fail a scan: serious or critical, on a node other than a known component issue. */
    static List<Rule> blocking(List<Rule> violations) {
        return violations.stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .filter(rule -> rule.getNodes().stream().anyMatch(node -> KNOWN_COMPONENT_ISSUES.stream()
                        .noneMatch(known -> known.matches(rule, node))))
                .toList();
    }

    /**
     * The first line names every blocking violation and its elements; the lines after say what each
     * rule means, each element's markup and axe's advice, and the page's state after the scan.
     */
    static String failureMessage(String url, List<Rule> blocking, String pageStateAfterScan) {
        StringBuilder message = new StringBuilder()
                .append(blocking.size()).append(" serious or critical accessibility violation")
                .append(blocking.size() == 1 ? "" : "s").append(" on ").append(url).append(": ")
                .append(String.join(", ", blocking.stream().map(rule -> rule.getId() + " (" + rule.getImpact()
                        + ") on " + String.join(" and ", rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())).toList()))
                .append(describe(blocking))
                .append("\nThe page had settled before the scan (no pop-up open, Vaadin not busy, no animation running);")
                .append(" after the scan: ").append(pageStateAfterScan).append('.');
        return message.toString();
    }

    private static String describe(List<Rule> rules) {
        StringBuilder report = new StringBuilder();
        for (Rule rule : rules) {
            report.append("\n[").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                String html = String.valueOf(node.getHtml());
                report.append("\n    ").append(node.getTarget()).append("  ")
                        .append(html.length() > HTML_IN_REPORT ? html.substring(0, HTML_IN_REPORT) + "…" : html)
                        .append("\n      ").append(String.valueOf(node.getFailureSummary()).strip()
                                .replace("\n", "\n      "));
            }
        }
        return report.toString();
    }

    private record KnownComponentIssue(String ruleId, String htmlStart, String failureSummary) {

        boolean matches(Rule rule, CheckedNode node) {
            return rule.getId().equals(ruleId) && node.getHtml() != null && node.getHtml().startsWith(htmlStart)
                    && node.getFailureSummary() != null
                    && node.getFailureSummary().strip().endsWith(failureSummary);
        }
    }
}
