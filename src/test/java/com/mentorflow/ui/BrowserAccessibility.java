package com.mentorflow.ui;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Issue 16 §3: axe-core's WCAG 2 A and AA rules on the page as the browser shows it now. axe-core walks open shadow
 * roots, so the insides of Vaadin's components are checked too. Only serious and critical findings count: moderate
 * and minor ones are advice, and a test that fails on advice gets switched off.
 */
final class BrowserAccessibility {

    private static final List<String> WCAG_2_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** axe-core's script (half a megabyte), read once. */
    private static final String AXE = axeSource();

    private BrowserAccessibility() {
    }

    /**
     * One line per element: rule, impact, the element's selector (through shadow roots) and what to do; then the
     * page's heading problems.
     */
    static List<String> violations(WebDriver driver) {
        // axe.run in the page, axe injected once. The builder's default runs axe in parts and joins them in a second,
        // blank tab, injecting axe three times: over twice the time, for the same findings on pages without frames
        // (the app's; the outbox's mail frame shows only when a row is opened).
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_2_A_AA).setLegacyMode(true);
        axe.setInjectAxe(BrowserAccessibility::injectOnce, false);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not scan " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING.contains(impact)) {
                    found.add(rule.getId() + " (" + impact + ") " + node.getTarget() + ": " + rule.getHelp()
                            + (node.getFailureSummary() == null ? "" : " — " + node.getFailureSummary().replace('\n', ' ')));
                }
            }
        }
        found.addAll(headingProblems(driver));
        return found;
    }

    private static void injectOnce(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
            page.executeScript(AXE);
        }
    }

    private static String axeSource() {
        try {
            return new AxeBuilder().getDefaultAxeBuilderOptions().getScriptProvider().getScript();
        } catch (java.io.IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script cannot be read", e);
        }
    }

    /**
     * What axe-core counts only as best practice, and issue 16 asks for: one h1 on the page and no skipped heading
     * level (an h2 followed by an h4), among the headings a person sees.
     */
    private static List<String> headingProblems(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Object> headings = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')]"
                        + ".filter(h => h.getClientRects().length > 0)"
                        + ".map(h => (h.getAttribute('aria-level') || h.tagName.substring(1)) + ' ' + h.textContent.trim())");
        List<String> found = new ArrayList<>();
        long ones = headings.stream().filter(h -> h.toString().startsWith("1 ")).count();
        if (ones != 1) {
            found.add("page-has-one-h1 (serious) " + ones + " h1 among " + headings);
        }
        int previous = 0;
        for (Object heading : headings) {
            int level = Integer.parseInt(heading.toString().substring(0, 1));
            if (level > previous + 1) {
                found.add("heading-order (serious) [h" + level + " " + heading.toString().substring(2)
                        + "]: heading levels should only increase by one, after h" + previous);
            }
            previous = level;
        }
        return found;
    }
}
