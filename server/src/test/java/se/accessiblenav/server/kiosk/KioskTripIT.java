package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.AxeCheck;
import se.accessiblenav.server.HeadlessChromium;
import se.accessiblenav.server.ServerTestBase;
import se.accessiblenav.server.SharedTestData;

/**
 * The kiosk's scripted trip by the demonstration bus, in Chromium, as ./run shows it: the walk to the stop,
 * the wait, each stop on board, getting off, the walk on, all said with the server's voice.
 */
class KioskTripIT extends ServerTestBase {
    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmDemoServer(registry);
        registry.add("navigation.transit.demo-timetable", () -> "true");
        // a cache of its own: the other servers of this test run may still hold theirs open
        registry.add("navigation.graph.cache-dir", () -> "target/it-graph-cache/stockholm-kiosk-trip");
    }

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(180));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cues() {
        return (List<Map<String, Object>>) browser.executeScript("return window.kiosk.stats.recentCues");
    }

    private boolean heard(String kind, String start) {
        return cues().stream()
                .anyMatch(c -> kind.equals(c.get("kind"))
                        && String.valueOf(c.get("text")).startsWith(start));
    }

    @Test
    void theBusTripIsPlayedLegByLeg() {
        browser.get("http://localhost:" + port
                + "/kiosk/?speed=20&autostart=1&walk=by-bus&time=2026-12-03T10:00:00%2B01:00");
        wait.until(d -> "by-bus".equals(browser.executeScript("return document.body.dataset.walk")));
        wait.until(d -> heard("wait", "Bus Demo 1 towards Stadsbiblioteket departs at "));
        AxeCheck.assertNoViolations(browser, "kiosk, waiting for the bus");
        wait.until(d -> heard("next_stop", "Next stop: "));
        wait.until(d -> heard("alight", "Next stop: ") && heard("arrival", "You have arrived"));
        List<String> kinds =
                cues().stream().map(c -> String.valueOf(c.get("kind"))).toList();
        assertThat(kinds.indexOf("wait")).isLessThan(kinds.indexOf("next_stop"));
        assertThat(kinds.indexOf("next_stop")).isLessThan(kinds.indexOf("alight"));
        assertThat(kinds.lastIndexOf("alight")).isLessThan(kinds.lastIndexOf("arrival"));
        assertThat(((Number) browser.executeScript("return window.kiosk.stats.audioPlayed")).intValue())
                .isGreaterThan(3);
    }
}
