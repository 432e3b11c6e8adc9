package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.Severity;
import se.accessiblenav.server.RoutePaths;
import se.accessiblenav.server.obstacle.ObstacleService;

/**
 * Demonstration mode on the Stockholm extract: the demonstration obstacles are stored once and marked,
 * and the kiosk's scripted walks, asked for as the kiosk page asks, show what the kiosk promises: a
 * signalised crossing with sound, steps, a hazard that is announced, and road works the route avoids.
 */
class KioskDemoIT extends KioskServerTestBase {
    @Autowired
    ObstacleService obstacles;

    @Autowired
    DemoObstacles demoObstacles;

    @Test
    void demonstrationObstaclesAreStoredOnceAndMarked() throws Exception {
        demoObstacles.run(null); // a second start adds nothing
        List<Obstacle> stored = obstacles.list(ObstacleQuery.all());
        assertThat(stored)
                .extracting(o -> o.data().source())
                .containsExactlyInAnyOrder("demo:kungsgatan-scaffolding", "demo:stureplan-road-works");
        assertThat(stored).allSatisfy(o -> {
            assertThat(o.createdBy()).isEqualTo("demo");
            assertThat(o.data().descriptionEn()).startsWith("Demonstration");
            assertThat(o.data().descriptionSv()).startsWith("Demonstration");
        });
        assertThat(stored).extracting(o -> o.data().severity()).contains(Severity.BLOCKING, Severity.HAZARD);
    }

    @Test
    void scriptedWalksShowSoundCrossingsStepsAHazardAndAnAvoidedObstacle() throws Exception {
        JsonNode walks = ok("/kiosk/walks").path("walks");
        assertThat(walks).hasSize(3);
        List<JsonNode> cues = new ArrayList<>();
        for (JsonNode walk : walks) {
            JsonNode path = route(walk, "en");
            path.path("guidance").path("cues").forEach(cues::add);
            assertThat(path.path("guidance").path("cues").get(0).path("kind").asText())
                    .isEqualTo("depart");
        }
        assertThat(cues).as("a signalised crossing with a sound signal").anySatisfy(c -> {
            assertThat(c.path("kind").asText()).isEqualTo("crossing");
            assertThat(c.path("full_text").asText()).contains("traffic lights with a sound signal");
        });
        assertThat(cues)
                .as("steps")
                .anySatisfy(c -> assertThat(c.path("kind").asText()).isEqualTo("steps"));
        assertThat(cues)
                .as("the demonstration hazard, announced with the planner's words")
                .anySatisfy(c -> {
                    assertThat(c.path("kind").asText()).isEqualTo("hazard");
                    assertThat(c.path("full_text").asText()).contains("Demonstration: scaffolding over the pavement");
                });

        Obstacle roadWorks = obstacles.list(ObstacleQuery.all()).stream()
                .filter(o -> o.data().severity() == Severity.BLOCKING)
                .findFirst()
                .orElseThrow();
        var box = roadWorks.data().geometry().getEnvelopeInternal();
        double[] square = {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()};
        JsonNode around = route(walk(walks, "stureplan"), "en");
        assertThat(RoutePaths.passesThrough(around, square)).isFalse();
        // without the road works the short way goes right through them
        obstacles.delete(roadWorks.id(), roadWorks.version(), "test");
        try {
            JsonNode direct = route(walk(walks, "stureplan"), "en");
            assertThat(RoutePaths.passesThrough(direct, square)).isTrue();
            assertThat(around.path("distance").asDouble())
                    .isGreaterThan(direct.path("distance").asDouble());
        } finally {
            obstacles.create(roadWorks.data(), "demo");
        }
    }

    @Test
    void walksAreNamedAndSpokenInSwedishToo() throws Exception {
        for (JsonNode walk : ok("/kiosk/walks").path("walks")) {
            assertThat(walk.path("name").path("sv").asText()).isNotBlank();
            assertThat(walk.path("about").path("sv").asText()).isNotBlank();
            JsonNode guidance = route(walk, "sv").path("guidance");
            assertThat(guidance.path("language").asText()).isEqualTo("sv");
            assertThat(guidance.path("summary").path("full_text").asText()).startsWith("Längd");
        }
    }

    @Test
    void speechIsWavOrAProblemAPersonUnderstands() throws Exception {
        HttpResponse<byte[]> spoken = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/speech?lang=en&text=Cross%20Kungsgatan%20now."))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(spoken.statusCode()).isEqualTo(200);
        assertThat(spoken.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(spoken.headers().firstValue("X-Speech-Voice")).hasValue("FreeTTS kevin16");
        assertThat(new String(spoken.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");

        HttpResponse<String> french = get("/speech?lang=fr&text=Bonjour");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(french.body()).path("detail").asText())
                .isEqualTo("There is no voice for the language 'fr'. Languages: en, sv.");
        HttpResponse<String> tooLong = get("/speech?lang=en&text=" + "a".repeat(600));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).path("detail").asText()).contains("600 characters");
    }

    private JsonNode route(JsonNode walk, String language) throws Exception {
        JsonNode from = walk.path("from");
        JsonNode to = walk.path("to");
        return ok(String.format(
                        Locale.ROOT,
                        "/route?point=%s,%s&point=%s,%s&profile=%s&locale=%s&points_encoded=false&instructions=false",
                        from.get(0).asText(),
                        from.get(1).asText(),
                        to.get(0).asText(),
                        to.get(1).asText(),
                        walk.path("profile").asText(),
                        language))
                .path("paths")
                .get(0);
    }

    private static JsonNode walk(JsonNode walks, String id) {
        for (JsonNode walk : walks) if (walk.path("id").asText().equals(id)) return walk;
        throw new AssertionError("no walk " + id);
    }
}
