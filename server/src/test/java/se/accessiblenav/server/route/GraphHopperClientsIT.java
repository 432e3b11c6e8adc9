package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.StockholmServerTestBase;

/**
 * What GraphHopper's browser clients ask before and while they route: CORS from another origin on the
 * public API (never on planners' changes), {@code /info}, {@code /i18n/{locale}}, {@code /health}, and
 * GraphHopper's error shape for an unknown address.
 */
class GraphHopperClientsIT extends StockholmServerTestBase {
    private static final String OTHER_SITE = "https://maps.example.org";

    @Test
    void anotherSitesPageMayRouteButNotChangeObstacles() throws Exception {
        HttpResponse<String> route = withOrigin("GET", "/route?point=59.3355,18.0630&point=59.3358,18.0737", null);
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.headers().firstValue("Access-Control-Allow-Origin")).hasValue(OTHER_SITE);

        HttpResponse<String> preflight = withOrigin("OPTIONS", "/route", "POST");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse(""))
                .contains("POST");

        HttpResponse<String> writePreflight = withOrigin("OPTIONS", "/obstacles", "POST");
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin"))
                .as("no CORS for planners' changes")
                .isEmpty();
    }

    @Test
    void infoI18nAndHealthInGraphHoppersShapes() throws Exception {
        JsonNode info = ok("/info");
        assertThat(info.path("bbox")).hasSize(4);
        assertThat(info.path("bbox").get(0).asDouble()).isBetween(17.9, 18.2);
        assertThat(info.path("profiles").findValuesAsText("name"))
                .contains("blind_cane", "guide_dog", "low_vision", "foot");
        assertThat(info.path("version").asText()).startsWith("11.");
        assertThat(info.path("encoded_values").path("road_class").toString()).contains("primary");

        JsonNode sv = ok("/i18n/sv");
        assertThat(sv.path("locale").asText()).startsWith("sv");
        assertThat(sv.path("default").path("turn_left").asText()).isNotBlank();
        assertThat(sv.path("en").path("turn_left").asText()).isEqualTo("turn left");

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("OK");
    }

    @Test
    void anUnknownAddressIsAProblemInGraphHoppersShapeWithoutSpringsWording() throws Exception {
        HttpResponse<String> missing = get("/nowhere");
        assertThat(missing.statusCode()).isEqualTo(404);
        JsonNode body = json.readTree(missing.body());
        assertThat(body.path("message").asText())
                .contains("nothing at /nowhere")
                .contains("/api-docs.html");
        assertThat(body.path("hints").get(0).path("message").asText())
                .isEqualTo(body.path("message").asText());
        assertThat(missing.body()).doesNotContain("static resource");
    }

    @Test
    void aRouteAsGpxHasTheWalkAsATrackAndTheSpokenCuesAsWaypoints() throws Exception {
        HttpResponse<String> gpx =
                get("/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane&type=gpx");
        assertThat(gpx.statusCode()).isEqualTo(200);
        assertThat(gpx.headers().firstValue("Content-Type").orElse("")).startsWith("application/gpx+xml");
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(gpx.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int trackPoints = document.getElementsByTagName("trkpt").getLength();
        int waypoints = document.getElementsByTagName("wpt").getLength();
        JsonNode json =
                ok("/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane&points_encoded=false");
        assertThat(trackPoints)
                .isEqualTo(json.path("paths")
                        .get(0)
                        .path("points")
                        .path("coordinates")
                        .size());
        assertThat(waypoints)
                .isEqualTo(
                        json.path("paths").get(0).path("guidance").path("cues").size())
                .isGreaterThan(1);
        assertThat(get("/route?point=59.3355,18.0630&point=59.3358,18.0737&type=kml")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void gisToolsReadTheNetworkAndObstaclesInTheirCoordinateSystem() throws Exception {
        HttpResponse<String> network = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/network?bbox=18.06,59.333,18.07,59.336"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(network.statusCode()).as("GDAL asks for application/json").isEqualTo(200);

        String auth = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((se.accessiblenav.server.SharedTestData.PLANNER + ":"
                                        + se.accessiblenav.server.SharedTestData.PLANNER_PASSWORD)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/obstacles"))
                        .header("Content-Type", "application/geo+json")
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"Feature\",\"geometry\":{\"type\":"
                                + "\"Point\",\"coordinates\":[18.0595,59.3295]},\"properties\":{\"kind\":\"other\","
                                + "\"severity\":\"info\",\"description_en\":\"CRS read test\"}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        try {
            JsonNode one = ok(location + "?crs=EPSG:3006");
            assertThat(one.path("geometry").path("coordinates").get(0).asDouble())
                    .isBetween(670_000.0, 680_000.0);
            assertThat(one.path("geometry").path("coordinates").get(1).asDouble())
                    .isBetween(6_570_000.0, 6_590_000.0);
            assertThat(one.path("crs").path("properties").path("name").asText()).endsWith("3006");
            JsonNode all = ok("/obstacles?crs=EPSG:3006");
            assertThat(all.path("crs").path("properties").path("name").asText()).endsWith("3006");
        } finally {
            http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                            .header("Authorization", auth)
                            .header("If-Match", "\"1\"")
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private HttpResponse<String> withOrigin(String method, String path, String preflightMethod) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", OTHER_SITE)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (preflightMethod != null)
            request.header("Access-Control-Request-Method", preflightMethod)
                    .header("Access-Control-Request-Headers", "content-type");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
