package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.SharedTestData;

/**
 * {@code GET /route-pt} on the real server over HTTP: Heidelberg with VRN's 2022 timetable, in GraphHopper's
 * shape, with guidance for every leg.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransitApiIT {
    private static final String BISMARCKPLATZ = "49.40985,8.69314";
    private static final String BOXBERG = "49.3780,8.7030";
    private static final String FRIDAY_8 = "2022-09-16T08:00:00%2B02:00";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void map(DynamicPropertyRegistry registry) {
        SharedTestData.heidelbergTransitServer(registry);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTripInGraphHoppersShapeWithGuidanceForEveryLeg() throws Exception {
        HttpResponse<String> response = get("/route-pt?point=" + BISMARCKPLATZ + "&point=" + BOXBERG
                + "&pt.earliest_departure_time=" + FRIDAY_8 + "&locale=en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode path = json.readTree(response.body()).path("paths").get(0);
        JsonNode legs = path.path("legs");
        JsonNode guidance = path.path("guidance");
        assertThat(legs.size()).isEqualTo(3);
        assertThat(legs.get(1).path("type").asText()).isEqualTo("pt");
        assertThat(legs.get(1).path("route_id").asText()).isEqualTo("vrn-19-39A-1");
        assertThat(legs.get(1).path("stops").size()).isGreaterThan(2);
        assertThat(legs.get(0).path("geometry").path("type").asText()).isEqualTo("LineString");
        assertThat(json.readTree(response.body())
                        .path("info")
                        .path("copyrights")
                        .toString())
                .contains("OpenStreetMap contributors", "RNV Rhein-Neckar-Verkehr GmbH");

        assertThat(guidance.path("legs").size()).isEqualTo(legs.size());
        assertThat(guidance.path("leave").asText()).isGreaterThanOrEqualTo("2022-09-16T06:00:00Z");
        assertThat(guidance.path("summary").path("full_text").asText())
                .startsWith("Leave at ")
                .contains("RNV 39A");
        JsonNode ride = guidance.path("legs").get(1);
        assertThat(ride.path("type").asText()).isEqualTo("pt");
        assertThat(ride.path("cues").get(0).path("kind").asText()).isEqualTo("wait");
        JsonNode lastRideCue = ride.path("cues").get(ride.path("cues").size() - 1);
        assertThat(lastRideCue.path("kind").asText()).isEqualTo("alight");
        assertThat(lastRideCue.path("full_text").asText()).endsWith("Get off here.");
        JsonNode walkTo = guidance.path("legs").get(0).path("cues");
        assertThat(walkTo.get(walkTo.size() - 1).path("full_text").asText()).startsWith("You are at the stop ");
    }

    @Test
    void pagesOfOtherSitesMayAskForTrips() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/route-pt?point=" + BISMARCKPLATZ
                                + "&point=" + BOXBERG + "&pt.earliest_departure_time=" + FRIDAY_8))
                        .header("Origin", "https://maps.example.org")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://maps.example.org");
    }

    @Test
    void swedishGuidance() throws Exception {
        HttpResponse<String> response = get("/route-pt?point=" + BISMARCKPLATZ + "&point=" + BOXBERG
                + "&pt.earliest_departure_time=" + FRIDAY_8 + "&locale=sv");
        JsonNode guidance = json.readTree(response.body()).path("paths").get(0).path("guidance");
        assertThat(guidance.path("language").asText()).isEqualTo("sv");
        assertThat(guidance.path("legs")
                        .get(1)
                        .path("cues")
                        .get(0)
                        .path("full_text")
                        .asText())
                .startsWith("Buss RNV 39A mot ");
    }

    @Test
    void mistakesAreExplainedNotServerErrors() throws Exception {
        HttpResponse<String> onePoint = get("/route-pt?point=" + BISMARCKPLATZ);
        assertThat(onePoint.statusCode()).isEqualTo(400);
        assertThat(onePoint.body()).contains("exactly two points");

        HttpResponse<String> badTime =
                get("/route-pt?point=" + BISMARCKPLATZ + "&point=" + BOXBERG + "&pt.earliest_departure_time=friday");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("pt.earliest_departure_time must be a date and time");

        HttpResponse<String> badProfile =
                get("/route-pt?point=" + BISMARCKPLATZ + "&point=" + BOXBERG + "&profile=car");
        assertThat(badProfile.statusCode()).isEqualTo(400);
        assertThat(badProfile.body()).contains("Unknown profile 'car'");

        // outside the timetable's service (2022-06-12 to 2022-12-10) there is no trip, and the answer says so
        HttpResponse<String> noService = get("/route-pt?point=" + BISMARCKPLATZ + "&point=" + BOXBERG
                + "&pt.earliest_departure_time=2030-01-01T08:00:00Z&pt.limit_street_time=PT10M");
        assertThat(noService.statusCode()).as(noService.body()).isEqualTo(400);
        assertThat(noService.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }
}
