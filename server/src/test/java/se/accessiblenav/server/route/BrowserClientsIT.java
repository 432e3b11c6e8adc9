package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.accessiblenav.server.HeadlessChromium;
import se.accessiblenav.server.OtherSite;
import se.accessiblenav.server.StockholmServerTestBase;
import se.accessiblenav.server.WebClientPackages;

/**
 * Other people's browser clients, unchanged, in a real headless Chromium: GraphHopper Maps as this server
 * serves it at {@code /maps/}, GraphHopper Maps served by another web site, and a Leaflet Routing Machine
 * page (lrm-graphhopper) on another site. Each draws the {@code blind_cane} walk this server's {@code /route}
 * gives.
 */
class BrowserClientsIT extends StockholmServerTestBase {
    private static final String FROM = "59.3355,18.0630";
    private static final String TO = "59.3358,18.0737";

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
    void graphHopperMapsAtMapsDrawsTheBlindCaneWalk() throws Exception {
        browser.get(server() + "/maps/?point=" + FROM + "&point=" + TO + "&profile=blind_cane");
        assertShowsTheBlindCaneWalk();
    }

    @Test
    void graphHopperMapsOnAnotherSiteRoutesHere() throws Exception {
        try (OtherSite site = new OtherSite(WebClientPackages.nodeModules())) {
            browser.get(site.origin() + "/maps/?server=" + server() + "&point=" + FROM + "&point=" + TO
                    + "&profile=blind_cane");
            assertShowsTheBlindCaneWalk();
        }
    }

    @Test
    void leafletRoutingMachineOnAnotherSiteDrawsTheBlindCaneWalk() throws Exception {
        JsonNode path = blindCaneWalk();
        try (OtherSite site = new OtherSite(WebClientPackages.nodeModules())) {
            browser.get(site.origin() + "/lrm.html?server=" + server());
            Object found = wait.until(d -> {
                Object failed = browser.executeScript("return window.failed");
                assertThat(failed).as("Leaflet Routing Machine's routing error").isNull();
                return browser.executeScript("return window.found");
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> route = (Map<String, Object>) found;
            assertThat(((Number) route.get("distance")).doubleValue())
                    .isCloseTo(path.path("distance").asDouble(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(((Number) route.get("instructions")).intValue())
                    .isEqualTo(path.path("instructions").size());
            assertThat(((Number) route.get("points")).intValue()).isGreaterThan(10);
            assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path")))
                    .as("the walk drawn as a line on the map")
                    .isNotEmpty();
        }
    }

    /** The page's route summary: the walk's length in metres and its way, as GraphHopper Maps writes them. */
    private void assertShowsTheBlindCaneWalk() throws Exception {
        JsonNode path = blindCaneWalk();
        String metres = Math.round(path.path("distance").asDouble()) + "m";
        wait.until(d -> browser.findElement(By.tagName("body")).getText().contains(metres));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains(metres).contains("Via ");
    }

    private JsonNode blindCaneWalk() throws Exception {
        return ok("/route?point=" + FROM + "&point=" + TO + "&profile=blind_cane&locale=en")
                .path("paths")
                .get(0);
    }

    private String server() {
        return "http://localhost:" + port;
    }
}
