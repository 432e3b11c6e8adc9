package se.accessiblenav.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.SharedTestData;
import se.accessiblenav.server.bench.ServerProcess;

/**
 * Nothing the server acknowledged is lost when it is killed: the real server jar, planners writing
 * obstacles from two connections, {@code kill -9} at a random moment in the middle of the writes, ten times
 * in a row, on the embedded H2 store and on PostGIS. After every restart every obstacle answered {@code 201}
 * is there.
 */
class DurableWritesIT {
    private static final int KILLS = 10;
    private static final int WRITERS = 2;
    private static final Path WORK = Path.of("target", "durable-writes");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theEmbeddedStoreKeepsEveryAcknowledgedWriteThroughTenKills() throws Exception {
        Path db = WORK.resolve("h2-" + UUID.randomUUID()).toAbsolutePath();
        killAndCheck("jdbc:h2:file:" + db + "/obstacles", "h2");
    }

    @Test
    void postgisKeepsEveryAcknowledgedWriteThroughTenKills() throws Exception {
        String postgis = System.getenv("OBSTACLE_TEST_POSTGIS_URL");
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(postgis).as("PostGIS (bash .ci/test-services)").isNotNull();
        assumeTrue(postgis != null, "OBSTACLE_TEST_POSTGIS_URL not set");
        Set<String> acknowledged = killAndCheck(postgis, "postgis");
        // the shared test database keeps no trace of this test
        try (var c = java.sql.DriverManager.getConnection(postgis);
                var s = c.prepareStatement("DELETE FROM obstacle WHERE source = ?")) {
            s.setString(1, SOURCE);
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            // a schema that names the table otherwise: leave the rows, they are information-only
        }
        assertThat(acknowledged).isNotEmpty();
    }

    private static final String SOURCE = "durable-writes-test";

    private Set<String> killAndCheck(String datasource, String name) throws Exception {
        Files.createDirectories(WORK);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(7);
        List<String> report = new ArrayList<>();
        for (int round = 0; round <= KILLS; round++) {
            int port = ServerProcess.freePort();
            try (ServerProcess server = ServerProcess.start(
                    command(port, datasource),
                    URI.create("http://127.0.0.1:" + port + "/actuator/health"),
                    WORK.resolve(name + "-server-" + round + ".log"),
                    Duration.ofSeconds(180))) {
                Set<String> stored = storedIds(port);
                Set<String> lost = new HashSet<>(acknowledged);
                lost.removeAll(stored);
                assertThat(lost)
                        .as("acknowledged before kill %d but gone after the restart (%s)", round, name)
                        .isEmpty();
                if (round == KILLS) break;
                int before = acknowledged.size();
                long writeMillis = 300 + random.nextInt(1200);
                writeUntilKilled(port, server, writeMillis, acknowledged);
                report.add((acknowledged.size() - before) + " in " + writeMillis + " ms");
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d kills, acknowledged writes per round: %s%n", name, KILLS, report);
        assertThat(acknowledged.size()).as("writes were made between the kills").isGreaterThan(KILLS);
        return acknowledged;
    }

    /** Writers post obstacles as fast as answers come; the process is killed while they do. */
    private void writeUntilKilled(int port, ServerProcess server, long afterMillis, Set<String> acknowledged)
            throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Thread writer = new Thread(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/obstacles"))
                                        .timeout(Duration.ofSeconds(5))
                                        .header("Content-Type", "application/geo+json")
                                        .header("Authorization", planner())
                                        .POST(HttpRequest.BodyPublishers.ofString(feature()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201)
                            acknowledged.add(
                                    json.readTree(response.body()).path("id").asText());
                    } catch (IOException | InterruptedException e) {
                        // the server was killed under this request: not acknowledged
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        Thread.sleep(afterMillis);
        ProcessHandle.of(server.pid()).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
        killed.set(true);
        for (Thread writer : writers) writer.join(10_000);
    }

    private Set<String> storedIds(int port) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/obstacles"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        for (JsonNode feature : json.readTree(response.body()).path("features"))
            ids.add(feature.path("id").asText());
        return ids;
    }

    private static List<String> command(int port, String datasource) throws IOException {
        return ServerProcess.command(
                SharedTestData.serverJar(),
                "512m",
                port,
                SharedTestData.stockholm(),
                WORK.resolve("graph-cache"),
                datasource,
                SharedTestData.PLANNER,
                SharedTestData.PLANNER_PASSWORD);
    }

    /** An information-only obstacle in a corner of the map: it changes no route of the other tests. */
    private static String feature() {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.0595,59.3295]},"
                + "\"properties\":{\"kind\":\"construction\",\"severity\":\"info\",\"description_en\":\"Kill test\","
                + "\"source\":\"" + SOURCE + "\"}}";
    }

    private static String planner() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((SharedTestData.PLANNER + ":" + SharedTestData.PLANNER_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
    }
}
