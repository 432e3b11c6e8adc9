package se.accessiblenav.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.ServerTestBase;
import se.accessiblenav.server.SharedTestData;

/**
 * The bad-input corpus ({@code src/test/resources/hostile}, over a thousand requests to every endpoint,
 * anonymous and as a planner) against the real server: no answer is a 5xx, none takes 5 s, no body names a
 * Java class or library or repeats a large input, and the server routes as before afterwards.
 */
class HostileInputIT extends ServerTestBase {
    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        // a store and a login throttle of its own: the corpus's obstacles and wrong passwords stay here
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:./target/it-obstacles/hostile-" + java.util.UUID.randomUUID() + "/obstacles");
        registry.add("navigation.security.max-failed-logins", () -> "1000000");
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void noHostileRequestGetsAServerErrorAHangOrTheServersInsides() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "hostile"));
        List<HostileCorpus.Case> cases = new HostileCorpus(work).all();
        assertThat(cases).hasSizeGreaterThan(300);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        for (HostileCorpus.Case c : cases) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = send(c);
            } catch (HttpTimeoutException e) {
                failures.add("no answer within 5 s: " + c);
                continue;
            } catch (java.io.IOException e) {
                // the server may close the connection on a body it refuses to read; that is an answer too
                continue;
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            String problem = AnswerJudge.fault(response.statusCode(), response.body());
            if (problem != null) failures.add(problem + ": " + c);
        }
        assertThat(failures)
                .as("%d cases, slowest %d ms", cases.size(), slowest)
                .isEmpty();
        // and the server still routes
        assertThat(ok("/route?point=59.3355,18.0630&point=59.3358,18.0737").path("paths"))
                .hasSize(1);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aSmallGeoPackageThatMakesEndlessRowsIsRefusedQuicklyAndStoresNothing() throws Exception {
        byte[] bomb =
                new HostileCorpus(Files.createDirectories(Path.of("target", "hostile"))).geoPackageViewOf(100_000);
        assertThat(bomb.length).isLessThan(200_000);
        int before = ok("/obstacles").path("features").size();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = send(new HostileCorpus.Case(
                "POST", true, "/obstacles/import", "application/geopackage+sqlite3", bomb, "view bomb"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("at most 10000");
        assertThat(millis).as("refused while reading, not after").isLessThan(5_000);
        assertThat(ok("/obstacles").path("features").size()).isEqualTo(before);
    }

    @Test
    void coordinatesInTheWrongSystemAreRefusedNotStoredOffAfrica() throws Exception {
        // degrees sent as SWEREF 99 TM metres: 18 m east, 59 m north of the projection's origin, off West Africa
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.07,59.335]},"
                + "\"properties\":{\"kind\":\"construction\",\"severity\":\"blocking\",\"description_en\":\"Works\"}}";
        HttpResponse<byte[]> response = send(new HostileCorpus.Case(
                "POST",
                true,
                "/obstacles?crs=EPSG:3006",
                "application/geo+json",
                feature.getBytes(StandardCharsets.UTF_8),
                "wrong crs"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("outside the map")
                .contains("crs=");
        // the same point in the right system is stored
        HttpResponse<byte[]> right = send(new HostileCorpus.Case(
                "POST", true, "/obstacles", "application/geo+json", feature.getBytes(StandardCharsets.UTF_8), "wgs84"));
        assertThat(right.statusCode()).isEqualTo(201);
    }

    private HttpResponse<byte[]> send(HostileCorpus.Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .timeout(Duration.ofSeconds(5))
                .method(
                        c.method(),
                        c.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) request.header("Content-Type", c.contentType());
        if (c.planner())
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((SharedTestData.PLANNER + ":" + SharedTestData.PLANNER_PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
