package se.accessiblenav.server.obstacle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.server.AxeCheck;
import se.accessiblenav.server.HeadlessChromium;
import se.accessiblenav.server.RoutePaths;
import se.accessiblenav.server.SharedTestData;
import se.accessiblenav.server.StockholmServerTestBase;

/**
 * The planner page in a real headless Chromium: a planner logs in, draws an obstacle across the route
 * shown on the map, saves it, and the route then goes around it. A description with HTML stays text.
 * axe-core finds no WCAG 2.1 AA violations on the page.
 */
class PlannerPageIT extends StockholmServerTestBase {
    static final String HOSTILE = "<img src=x onerror=\"window.__xss = 1\">Scaffolding";

    @Autowired
    ObstacleStore store;

    @Autowired
    ObstacleService service;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowserAndRemoveObstacles() {
        if (browser != null) browser.quit();
        for (Obstacle o : store.list(ObstacleQuery.all())) store.delete(o.id(), o.version(), "test-cleanup");
        service.refresh();
    }

    @Test
    void plannerDrawsAnObstacleAcrossTheRouteAndTheRouteThenAvoidsIt() throws Exception {
        browser.get("http://localhost:" + port + "/planner/index.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.findElement(By.id("route-show")).click();
        wait.until(d -> text("route-status").startsWith("Route:"));
        double before =
                Double.parseDouble(browser.findElement(By.id("route-status")).getDomAttribute("data-distance"));

        browser.findElement(By.id("login-name")).sendKeys(SharedTestData.PLANNER);
        browser.findElement(By.id("login-password")).sendKeys(SharedTestData.PLANNER_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(d -> text("who").contains("Logged in as anna"));

        // zoom to the middle of the shown route and drag a rectangle across it with the rectangle tool
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>)
                js("const p = window.planner; const coords = p.routeLayer.toGeoJSON().features[0].geometry.coordinates;"
                        + "const i = Math.floor(coords.length / 2);"
                        + "const mid = L.latLng((coords[i][1] + coords[i + 1][1]) / 2, (coords[i][0] + coords[i + 1][0]) / 2);"
                        + "p.map.setView(mid, 19, {animate: false});"
                        + "const c = p.map.latLngToContainerPoint(mid); const size = p.map.getSize();"
                        + "return {x: c.x, y: c.y, w: size.x, h: size.y};");
        browser.findElement(By.cssSelector(".leaflet-draw-draw-rectangle")).click();
        WebElement mapElement = browser.findElement(By.id("map"));
        int x = ((Number) box.get("x")).intValue() - ((Number) box.get("w")).intValue() / 2;
        int y = ((Number) box.get("y")).intValue() - ((Number) box.get("h")).intValue() / 2;
        new Actions(browser)
                .moveToElement(mapElement, x - 25, y - 25)
                .clickAndHold()
                .moveByOffset(25, 25)
                .moveByOffset(25, 25)
                .release()
                .perform();
        wait.until(d -> text("editor-status").startsWith("New obstacle drawn"));

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("severity"))).selectByValue("blocking");
        browser.findElement(By.id("description-en")).sendKeys(HOSTILE);
        browser.findElement(By.id("save")).click();
        wait.until(d -> text("editor-status").startsWith("Saved"));
        wait.until(d ->
                Double.parseDouble(d.findElement(By.id("route-status")).getDomAttribute("data-distance")) > before);

        List<Obstacle> stored = store.list(ObstacleQuery.all());
        assertThat(stored).singleElement().satisfies(o -> {
            assertThat(o.createdBy()).isEqualTo("anna");
            assertThat(o.data().descriptionEn()).isEqualTo(HOSTILE);
            assertThat(o.data().geometry().getGeometryType()).isEqualTo("Polygon");
        });
        JsonNode route =
                ok(ObstacleApiIT.ROUTE + "&points_encoded=false").path("paths").get(0);
        var envelope = stored.get(0).data().geometry().getEnvelopeInternal();
        double[] square = {envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY()};
        assertThat(RoutePaths.passesThrough(route, square)).isFalse();
        wait.until(d -> !d.findElements(By.cssSelector(".obstacle-entry")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".obstacle-entry")).getText())
                .contains("<img src=x");
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void axeFindsNoWcag21AaViolationsLoggedOutAndLoggedIn() {
        browser.get("http://localhost:" + port + "/planner/index.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.findElement(By.id("route-show")).click();
        wait.until(d -> text("route-status").startsWith("Route:"));
        AxeCheck.assertNoViolations(browser, "logged out, route shown");

        browser.findElement(By.id("login-name")).sendKeys(SharedTestData.PLANNER);
        browser.findElement(By.id("login-password")).sendKeys(SharedTestData.PLANNER_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(d -> text("who").contains("Logged in as anna"));
        AxeCheck.assertNoViolations(browser, "logged in");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
