package se.accessiblenav.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver: the real browser for the page tests. Where
 * it is not installed the test is skipped, unless REQUIRE_TEST_SERVICES=true (CI), where that fails.
 */
public final class HeadlessChromium {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(installed)
                    .as("chromium and chromium-driver (bash .ci/test-services)")
                    .isTrue();
        assumeTrue(installed, "Chromium is not installed: run bash .ci/test-services");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // a kiosk speaks without a click first; the tests' browser plays audio like one
                "--autoplay-policy=no-user-gesture-required",
                "--window-size=1400,1000");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        return new ChromeDriver(driver, options);
    }
}
