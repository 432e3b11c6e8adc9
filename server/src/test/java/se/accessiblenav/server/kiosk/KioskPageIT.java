package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.accessiblenav.server.AxeCheck;
import se.accessiblenav.server.HeadlessChromium;

/**
 * The kiosk page in a real headless Chromium against the real server in demonstration mode: no
 * WCAG 2.1 AA violations found by axe-core (idle, walking, in Swedish), operable by keyboard alone, and a
 * walk shown in large text and spoken with audio from the server's /speech.
 */
class KioskPageIT extends KioskServerTestBase {

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void axeFindsNoWcag21AaViolationsIdleWalkingAndInSwedish() {
        open("");
        assertNoViolations("idle");

        browser.findElement(By.id("start")).click();
        wait.until(d -> cues().stream().anyMatch(c -> "depart".equals(c.get("kind"))));
        assertNoViolations("walking");

        browser.findElement(By.id("lang-sv")).click();
        wait.until(d -> "sv".equals(js("return document.documentElement.lang"))
                && cues().stream().anyMatch(c -> String.valueOf(c.get("text")).startsWith("Gå ")));
        assertNoViolations("walking, in Swedish");

        browser.findElement(By.id("mute")).click();
        assertNoViolations("muted");

        // the check is live: grey text on grey is caught
        js("document.getElementById('about').insertAdjacentHTML('afterend',"
                + " '<p style=\"color:#777;background:#888\">low contrast</p>')");
        assertThat(AxeCheck.violations(browser)).extracting(Rule::getId).contains("color-contrast");
    }

    @Test
    void keyboardAloneRunsTheKiosk() {
        open("?speed=10");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("start");
        assertThat(js("return getComputedStyle(document.activeElement).outlineStyle"))
                .as("the focused control shows it")
                .isEqualTo("solid");

        focused().sendKeys(Keys.ENTER);
        wait.until(d ->
                "kungsgatan".equals(bodyData("walk")) && cues().stream().anyMatch(c -> "depart".equals(c.get("kind"))));
        assertThat(browser.findElement(By.id("start")).getText()).isEqualTo("Stop");

        focused().sendKeys(Keys.TAB, Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("lang-sv");
        focused().sendKeys(Keys.SPACE);
        wait.until(d -> "sv".equals(js("return document.documentElement.lang")));
        assertThat(browser.findElement(By.id("start")).getText()).isEqualTo("Stoppa");
        assertThat(browser.findElement(By.id("lang-sv")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        wait.until(
                d -> cues().stream().anyMatch(c -> String.valueOf(c.get("text")).startsWith("Längd")));

        focused().sendKeys("n");
        wait.until(d -> "konserthuset".equals(bodyData("walk")));

        focused().sendKeys("m");
        assertThat(browser.findElement(By.id("cue")).getDomAttribute("aria-live"))
                .as("muted, the screen reader reads the cues")
                .isEqualTo("polite");

        focused().sendKeys("s");
        assertThat(browser.findElement(By.id("start")).getText()).isEqualTo("Starta");
    }

    @Test
    void aWalkIsShownInLargeTextAndSpokenWithTheServersVoice() {
        open("?speed=10&autostart=1");
        wait.withTimeout(Duration.ofSeconds(120)).until(d -> {
            List<Map<String, Object>> cues = cues();
            return cues.stream()
                            .anyMatch(c -> "crossing".equals(c.get("kind"))
                                    && String.valueOf(c.get("text")).contains("with a sound signal"))
                    && cues.stream()
                            .anyMatch(c -> "hazard".equals(c.get("kind"))
                                    && String.valueOf(c.get("text")).contains("Demonstration: scaffolding"))
                    && number("return window.kiosk.stats.audioPlayed") >= 2;
        });
        assertThat(number("return window.kiosk.stats.audioFailed")).isZero();
        assertThat(js("return parseFloat(getComputedStyle(document.getElementById('cue')).fontSize)"))
                .as("cue text in px")
                .satisfies(size -> assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(40));
    }

    private void open(String query) {
        browser.get("http://localhost:" + port + "/kiosk/" + query);
        wait.until(d -> "true".equals(bodyData("ready")));
    }

    private void assertNoViolations(String when) {
        AxeCheck.assertNoViolations(browser, when);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String bodyData(String name) {
        return (String) js("return document.body.dataset['" + name + "'] || ''");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cues() {
        return (List<Map<String, Object>>) js("return window.kiosk.stats.recentCues");
    }

    private long number(String script) {
        return ((Number) js(script)).longValue();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) (WebDriver) browser).executeScript(script);
    }
}
