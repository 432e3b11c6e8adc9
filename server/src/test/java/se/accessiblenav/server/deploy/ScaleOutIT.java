package se.accessiblenav.server.deploy;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.RoutePaths;
import se.accessiblenav.server.SharedTestData;
import se.accessiblenav.server.bench.ServerProcess;
import se.accessiblenav.server.obstacle.ObstacleApiIT;

/**
 * The deployment recipe, run on this machine: the graph cache prepared once by the import step of
 * {@code deploy/systemd/accessiblenav-import.service}, three servers loading it read-only and sharing one
 * PostGIS database, and nginx in front with {@code deploy/nginx/accessiblenav.conf} (ports rewritten to
 * free ones). An obstacle written through the balancer is honoured by every server within a second of the
 * write's answer, and no route through the balancer passes it after that. The servers poll the store only
 * every minute here, so what brings the change within the second is the database's notification.
 */
class ScaleOutIT {
    private static final Path WORK = Path.of("target", "scale-out");
    private static final String ROUTE =
            "/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane" + "&points_encoded=false";
    private static final int SERVERS = 3;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anObstacleWrittenThroughTheBalancerIsHonouredByEveryServerWithinASecond() throws Exception {
        String postgis = System.getenv("OBSTACLE_TEST_POSTGIS_URL");
        boolean required = "true".equals(System.getenv("REQUIRE_TEST_SERVICES"));
        boolean nginx = Files.isExecutable(Path.of("/usr/sbin/nginx"));
        if (required)
            assertThat(postgis != null && nginx)
                    .as("PostGIS and nginx (bash .ci/test-services)")
                    .isTrue();
        assumeTrue(
                postgis != null && nginx,
                "needs PostGIS (OBSTACLE_TEST_POSTGIS_URL) and nginx: bash .ci/test-services");
        Files.createDirectories(WORK);
        emptyDatabase(postgis);
        Path cache = WORK.resolve("graph-cache").toAbsolutePath();
        prepareCache(cache);

        List<ServerProcess> servers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        Process balancer = null;
        try {
            for (int i = 0; i < SERVERS; i++) {
                int port = ServerProcess.freePort();
                ports.add(port);
                servers.add(startServer(port, cache, postgis, i));
            }
            int balancerPort = ServerProcess.freePort();
            balancer = startNginx(balancerPort, ports);
            String front = "http://127.0.0.1:" + balancerPort;
            waitFor(URI.create(front + "/actuator/health"));

            JsonNode before = get(front + ROUTE);
            double[] square = squareOnRoute(before);
            for (int port : ports)
                assertThat(RoutePaths.passesThrough(get("http://127.0.0.1:" + port + ROUTE), square))
                        .isTrue();

            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(front + "/obstacles"))
                            .header("Content-Type", "application/geo+json")
                            .header("Authorization", planner())
                            .POST(HttpRequest.BodyPublishers.ofString(ObstacleApiIT.feature(square, "blocking")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            // each server on its own: the first moment its routes avoid the obstacle
            for (int port : ports) {
                double millis = millisUntilAvoided("http://127.0.0.1:" + port + ROUTE, square, answered);
                System.out.printf(
                        Locale.ROOT, "Server on port %d honours the obstacle %.0f ms after the answer%n", port, millis);
                assertThat(millis)
                        .as("server on port %d honours the obstacle after (ms)", port)
                        .isLessThan(1000);
            }
            // through the balancer, from one second after the answer on: never a stale route
            Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - answered) / 1_000_000));
            for (int i = 0; i < 30; i++)
                assertThat(RoutePaths.passesThrough(get(front + ROUTE), square))
                        .as("route %d through the balancer", i)
                        .isFalse();
        } finally {
            if (balancer != null) {
                balancer.destroy();
                balancer.waitFor(10, TimeUnit.SECONDS);
            }
            for (ServerProcess server : servers) server.close();
        }
    }

    /** The import step of the recipe: the server jar's GraphImport, as the systemd unit runs it. */
    private static void prepareCache(Path cache) throws Exception {
        Process importer = new ProcessBuilder(
                        java(),
                        "-Dloader.main=se.accessiblenav.core.routing.GraphImport",
                        "-cp",
                        SharedTestData.serverJar().toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        SharedTestData.stockholm().toAbsolutePath().toString(),
                        cache.toString())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("import.log").toFile())
                .start();
        assertThat(importer.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(importer.exitValue())
                .as("import step; see target/scale-out/import.log")
                .isZero();
    }

    private static ServerProcess startServer(int port, Path cache, String postgis, int index) throws Exception {
        List<String> command = List.of(
                java(),
                "-Xmx512m",
                "-jar",
                SharedTestData.serverJar().toString(),
                "--server.port=" + port,
                "--navigation.map.osm-file=" + SharedTestData.stockholm().toAbsolutePath(),
                "--navigation.graph.cache-dir=" + cache,
                "--navigation.graph.read-only=true",
                "--navigation.obstacles.refresh-interval=60s",
                "--spring.datasource.url=" + postgis,
                "--navigation.security.users[0].name=" + SharedTestData.PLANNER,
                "--navigation.security.users[0].password-hash=" + SharedTestData.plannerPasswordHash());
        return ServerProcess.start(
                command,
                URI.create("http://127.0.0.1:" + port + "/actuator/health"),
                WORK.resolve("server-" + index + ".log"),
                Duration.ofMinutes(5));
    }

    /** nginx with the recipe's server block, its ports rewritten, in a prefix folder of its own. */
    private static Process startNginx(int port, List<Integer> serverPorts) throws Exception {
        String site = Files.readString(Path.of("..", "deploy", "nginx", "accessiblenav.conf"));
        site = site.replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        for (int i = 0; i < serverPorts.size(); i++)
            site = site.replace("127.0.0.1:808" + (i + 1), "127.0.0.1:" + serverPorts.get(i));
        Path prefix = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("site.conf"), site);
        Files.writeString(
                prefix.resolve("nginx.conf"),
                "daemon off;\nworker_processes 1;\npid " + prefix.resolve("nginx.pid") + ";\nerror_log "
                        + prefix.resolve("logs/error.log") + ";\nevents { worker_connections 256; }\nhttp {\n"
                        + "  access_log " + prefix.resolve("logs/access.log") + ";\n"
                        + "  client_body_temp_path " + prefix + "/body;\n  proxy_temp_path " + prefix + "/proxy;\n"
                        + "  include " + prefix.resolve("site.conf") + ";\n}\n");
        Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", "nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroyForcibly));
        return nginx;
    }

    private double millisUntilAvoided(String url, double[] square, long since) throws Exception {
        long deadline = since + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!RoutePaths.passesThrough(get(url), square)) return (System.nanoTime() - since) / 1e6;
            Thread.sleep(20);
        }
        return Double.POSITIVE_INFINITY;
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("paths").get(0);
    }

    private void waitFor(URI health) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) return;
            } catch (IOException notYet) {
                // nginx not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer; see target/scale-out/nginx/logs");
    }

    private static void emptyDatabase(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS obstacle, obstacle_audit, obstacle_schema_history");
            s.execute("DROP FUNCTION IF EXISTS obstacle_notify_change() CASCADE");
        }
    }

    private static double[] squareOnRoute(JsonNode path) {
        JsonNode coords = path.path("points").path("coordinates");
        int i = coords.size() / 2;
        double lon = (coords.get(i).get(0).asDouble() + coords.get(i + 1).get(0).asDouble()) / 2;
        double lat = (coords.get(i).get(1).asDouble() + coords.get(i + 1).get(1).asDouble()) / 2;
        return ObstacleApiIT.box(lat, lon, 6);
    }

    private static String planner() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((SharedTestData.PLANNER + ":" + SharedTestData.PLANNER_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
