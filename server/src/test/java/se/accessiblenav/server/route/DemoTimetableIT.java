package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The kiosk's demonstration timetable on the Stockholm extract: made-up lines at real stops read from the
 * map, and every trip says it is a demonstration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoTimetableIT {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void map(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmDemoTimetableServer(registry);
    }

    private JsonNode trip(String time) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/route-pt?point=59.3357,18.0633&point=59.3436,18.0560"
                                        + "&pt.earliest_departure_time=2026-12-03T" + time + "%2B01:00&locale=en"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static JsonNode ride(JsonNode path) {
        for (JsonNode leg : path.path("legs")) if (leg.path("type").asText().equals("pt")) return leg;
        return null;
    }

    @Test
    void aTripAlongSveavagenByTheDemonstrationBus() throws Exception {
        // from Kungsgatan by Hötorget to the City Library (about 1.3 km), on a weekday morning: the bus runs every
        // 10 minutes, and walking all the way is quicker unless a bus is about to leave, so some minute of the
        // ten has the bus first
        JsonNode answer = null;
        JsonNode path = null;
        for (int minute = 0; minute < 10 && path == null; minute++) {
            answer = trip(String.format("10:%02d:00", minute));
            JsonNode best = answer.path("paths").get(0);
            if (ride(best) != null) path = best;
        }
        assertThat(path)
                .as("no minute from 10:00 to 10:09 has the demonstration bus first")
                .isNotNull();
        assertThat(answer.path("info").path("copyrights").toString())
                .contains("Demonstration timetable, not real departures");
        JsonNode ride = ride(path);
        assertThat(ride.path("route_id").asText()).isEqualTo("demo-1-north");
        assertThat(ride.path("stops").get(0).path("stop_name").asText()).isEqualTo("Hötorget");
        String wait = path.path("guidance")
                .path("legs")
                .get(1)
                .path("cues")
                .get(0)
                .path("full_text")
                .asText();
        assertThat(wait).startsWith("Bus Demo 1 towards Stadsbiblioteket departs at ");
        assertThat(path.path("guidance").path("summary").path("full_text").asText())
                .contains("Demo 1");
    }
}
