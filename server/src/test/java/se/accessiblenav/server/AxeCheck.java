package se.accessiblenav.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page a browser shows, with violations spelled out. */
public final class AxeCheck {
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeCheck() {}

    public static List<Rule> violations(WebDriver browser) {
        return analyze(browser).getViolations();
    }

    /** Fails, naming each rule and element, when axe-core finds a violation (or did not run). */
    public static void assertNoViolations(WebDriver browser, String when) {
        Results results = analyze(browser);
        assertThat(results.getPasses()).as("axe-core ran").isNotEmpty();
        assertThat(results.getViolations())
                .as(when + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    private static Results analyze(WebDriver browser) {
        return new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
