package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.api.GraphHopperWeb;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.PointOutOfBoundsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.SharedTestData;

/** The real server on the real Stockholm extract, over real HTTP: GraphHopper's client and raw requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteApiIT {
    private static final String HOTORGET = "59.3355,18.0630";
    private static final String STUREPLAN = "59.3358,18.0737";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void map(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
    }

    private GraphHopperWeb graphHopperClient(boolean post) {
        return new GraphHopperWeb("http://localhost:" + port + "/route").setPostRequest(post);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static GHRequest hotorgetToStureplan() {
        return new GHRequest(59.3355, 18.0630, 59.3358, 18.0737)
                .setProfile("blind_cane")
                .setPathDetails(List.of("crossing", "crossed_road", "street_name", "tactile_paving"));
    }

    @Test
    void graphHoppersOwnJavaClientWorksUnchangedWithPost() {
        GHResponse response = graphHopperClient(true).route(hotorgetToStureplan());
        assertThat(response.getErrors()).isEmpty();
        ResponsePath path = response.getBest();
        assertThat(path.getDistance()).isBetween(500.0, 1500.0);
        assertThat(path.getPoints().size()).isGreaterThan(5);
        assertThat(path.getInstructions()).isNotEmpty();
        assertThat(path.getPathDetails()).containsKeys("crossing", "crossed_road", "street_name", "tactile_paving");
    }

    @Test
    void graphHoppersOwnJavaClientWorksUnchangedWithGet() {
        GHResponse response = graphHopperClient(false).route(hotorgetToStureplan());
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.getBest().getDistance()).isBetween(500.0, 1500.0);
    }

    @Test
    void graphHopperClientSeesErrorsAsItsOwnExceptions() {
        GHResponse islands = graphHopperClient(true)
                .route(new GHRequest(59.3355, 18.0630, 59.3170, 18.0640).setProfile("blind_cane"));
        assertThat(islands.getErrors()).singleElement().isInstanceOf(ConnectionNotFoundException.class);
        GHResponse berlin =
                graphHopperClient(true).route(new GHRequest(59.3355, 18.0630, 52.58, 13.31).setProfile("foot"));
        assertThat(berlin.getErrors()).singleElement().isInstanceOf(PointOutOfBoundsException.class);
    }

    @Test
    void getWithGraphHopperHints() throws Exception {
        HttpResponse<String> response = get(
                "/route?point=" + HOTORGET + "&point=" + STUREPLAN
                        + "&profile=foot&points_encoded=false&instructions=false&way_point_max_distance=0&details=road_class&locale=sv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"coordinates\"")
                .contains("\"road_class\"")
                .doesNotContain("\"instructions\"");
    }

    @Test
    void postWithACustomModelThatOnlyRaisesWeights() throws Exception {
        String body = "{\"points\":[[18.0630,59.3355],[18.0737,59.3358]],\"profile\":\"blind_cane\","
                + "\"custom_model\":{\"priority\":[{\"if\":\"road_class == STEPS\",\"multiply_by\":\"0.1\"}]}}";
        assertThat(post("/route", "application/json", body).statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsA400ProblemWithAMessage() throws Exception {
        assertProblem(get("/route?point=" + HOTORGET + "&point=59.3170,18.0640"), "not connected");
        assertProblem(get("/route?point=" + HOTORGET + "&point=52.58,13.31"), "outside the loaded map");
        assertProblem(get("/route?point=" + HOTORGET + "&point=abc"), "latitude,longitude");
        assertProblem(get("/route?point=" + HOTORGET), "at least two points");
        assertProblem(get("/route"), "at least two points");
        assertProblem(
                get("/route?point=" + HOTORGET + "&point=" + STUREPLAN + "&profile=car"), "Unknown profile 'car'");
        assertProblem(post("/route", "application/json", "{\"points\": [[18.06,"), "not valid route JSON");
        StringBuilder many = new StringBuilder("/route?point=" + HOTORGET);
        for (int i = 0; i < 30; i++) many.append("&point=").append(STUREPLAN);
        assertProblem(get(many.toString()), "Too many points");
        String lowersWeights = "{\"points\":[[18.0630,59.3355],[18.0737,59.3358]],\"profile\":\"blind_cane\","
                + "\"custom_model\":{\"priority\":[{\"if\":\"road_class == STEPS\",\"multiply_by\":\"5\"}]}}";
        assertProblem(post("/route", "application/json", lowersWeights), "landmark");
    }

    @Test
    void wrongContentTypeIs415NotA500() throws Exception {
        HttpResponse<String> response = post("/route", "text/plain", "hello");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("\"message\"");
    }

    private static void assertProblem(HttpResponse<String> response, String expectedText) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body())
                .contains(expectedText)
                .contains("\"message\"")
                .doesNotContain("at se.")
                .doesNotContain("Exception:");
    }

    @Test
    void profilesHealthInfoAndApiDescription() throws Exception {
        HttpResponse<String> profiles = get("/profiles");
        assertThat(profiles.statusCode()).isEqualTo(200);
        assertThat(profiles.body())
                .contains("\"blind_cane\"", "\"guide_dog\"", "\"low_vision\"", "\"foot\"", "description");
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
        assertThat(get("/actuator/info").body())
                .contains("stockholm-central.osm.pbf")
                .contains("OpenStreetMap contributors");
        assertThat(get("/v3/api-docs").body()).contains("\"/route\"").contains("\"/profiles\"");
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui/index.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }

    @Test
    void aDetourBoundTheSafestWalkExceedsLeadsWithTheWalkWithinItAndOffersTheSafestSecond() throws Exception {
        // a 500 m walk in Norrmalm whose safest blind_cane walk (no bound) is 2.3 times foot's
        String route = "/route?point=59.333901,18.070208&point=59.336926,18.066922&points_encoded=false";
        JsonNode foot = new ObjectMapper()
                .readTree(get(route + "&profile=foot").body())
                .path("paths")
                .get(0);
        HttpResponse<String> response = get(route + "&profile=blind_cane");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(response.body()).path("paths");
        assertThat(paths.size()).isEqualTo(2);
        assertThat(paths.get(0).path("distance").asDouble())
                .isLessThanOrEqualTo(1.6 * foot.path("distance").asDouble());
        assertThat(paths.get(1).path("distance").asDouble())
                .isGreaterThan(paths.get(0).path("distance").asDouble());
        assertThat(paths.get(0).path("description").get(0).asText()).contains("within max_detour_factor");
        assertThat(paths.get(1).path("description").get(0).asText()).contains("safest walk");
        for (JsonNode path : paths)
            assertThat(path.path("guidance").path("cues").size()).isPositive();
    }

    @Test
    void aDetourBoundThatIsNoNumberIsAProblemThatSaysWhatItMustBe() throws Exception {
        HttpResponse<String> response =
                get("/route?point=" + HOTORGET + "&point=" + STUREPLAN + "&profile=blind_cane&max_detour_factor=far");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("max_detour_factor must be a number from 1 to 10");
    }
}
