package se.accessiblenav.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained load on the real server ({@code bin/load}): client threads ask for walking routes (0.3–1.5 km,
 * all four profiles, random pairs on the map, seeded) as fast as answers come, while a planner creates
 * and removes an obstacle every second. Every minute: routes per second, errors, latency p50/p99 and
 * the server's live heap after a full collection; at the end the totals. The same load runs first for the
 * warm-up minutes, which are reported but not counted (the JIT compilers share the two cores with the load
 * for the first two minutes or so). Loopback only.
 *
 * <p>Arguments: osm file, work folder, server jar, minutes (default 10), client threads (default 8), warm-up
 * minutes (default 2).
 */
public final class LoadBenchmark {
    private static final int PORT = 18_782;
    private static final String PLANNER = "load";
    private static final String PASSWORD = "load-password-1234";
    private static final String[] PROFILES = {"foot", "blind_cane", "guide_dog", "low_vision"};

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Path jar = Path.of(args[2]).toAbsolutePath();
        double minutes = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        List<String> command = ServerProcess.command(
                jar,
                "1g",
                PORT,
                osm,
                work.resolve("graph-cache"),
                "jdbc:h2:file:" + work.resolve("obstacles-" + System.nanoTime()) + "/obstacles",
                PLANNER,
                PASSWORD,
                "--logging.level.se.accessiblenav=WARN");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        ObjectMapper json = new ObjectMapper();
        try (ServerProcess server = ServerProcess.start(
                command,
                URI.create("http://127.0.0.1:" + PORT + "/actuator/health"),
                work.resolve("load-server.log"),
                Duration.ofMinutes(5))) {
            JsonNode info = json.readTree(http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/info"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            double[] box = bbox(info);
            List<String> routes = drawRoutes(box, new Random(20261202L), 2_000);
            long heapAtStart = -1;
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong writes = new AtomicLong();
            AtomicLong writeErrors = new AtomicLong();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 97;
                Thread client = new Thread(() -> {
                    int i = offset;
                    try (LoopbackHttp connection = new LoopbackHttp("127.0.0.1", PORT)) {
                        while (!stop.get()) {
                            String route = routes.get(i++ % routes.size());
                            long start = System.nanoTime();
                            try {
                                int status = connection.get(route);
                                // a pair with no walk between them (an island) is a 400 by design, not a failure
                                if (status == 200 || status == 400) ok.incrementAndGet();
                                else errors.incrementAndGet();
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                connection.close();
                            }
                            latencies.add((System.nanoTime() - start) / 1_000);
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            Thread planner = new Thread(() -> plan(http, json, box, stop, writes, writeErrors));
            planner.start();
            System.out.printf(
                    Locale.ROOT,
                    "%n## Load: %d client threads, %.0f minutes, a planner writing every second%n%n",
                    threads,
                    minutes);
            System.out.println("| minute | routes/s | errors | p50 ms | p99 ms | planner writes | live heap MB |");
            System.out.println("|---|---|---|---|---|---|---|");
            long totalOk = 0;
            long totalErrors = 0;
            long lastOk = 0;
            long lastErrors = 0;
            long maxHeap = 0;
            long countedFrom = 0;
            long errorsFrom = 0;
            for (int minute = 1 - warmUp; minute <= Math.ceil(minutes); minute++) {
                if (minute == 1) {
                    heapAtStart = server.liveHeapMb();
                    maxHeap = heapAtStart;
                    lastOk = ok.get();
                    lastErrors = errors.get();
                    latencies.clear();
                }
                Thread.sleep(60_000);
                long nowOk = ok.get();
                long nowErrors = errors.get();
                List<Long> window = new ArrayList<>();
                for (Long l; (l = latencies.poll()) != null; ) window.add(l);
                window.sort(null);
                long heap = server.liveHeapMb();
                maxHeap = Math.max(maxHeap, heap);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %,.0f | %d | %.1f | %.1f | %d | %d |%n",
                        minute < 1 ? "warm-up " + (minute + warmUp) : Integer.toString(minute),
                        (nowOk - lastOk) / 60.0,
                        nowErrors - lastErrors,
                        percentile(window, 0.50) / 1000.0,
                        percentile(window, 0.99) / 1000.0,
                        writes.get(),
                        heap);
                if (minute == 1) {
                    countedFrom = lastOk;
                    errorsFrom = lastErrors;
                }
                lastOk = nowOk;
                lastErrors = nowErrors;
                if (minute >= 1) {
                    totalOk = nowOk - countedFrom;
                    totalErrors = nowErrors - errorsFrom;
                }
            }
            stop.set(true);
            for (Thread client : clients) client.join(15_000);
            planner.join(15_000);
            long heapAtEnd = server.liveHeapMb();
            System.out.printf(
                    Locale.ROOT,
                    "%nTotal: %,d routes (%,.0f/s), %d errors; planner: %d writes, %d refused; live heap %d MB at the"
                            + " start, %d at the end, at most %d%n",
                    totalOk,
                    totalOk / (Math.ceil(minutes) * 60),
                    totalErrors,
                    writes.get(),
                    writeErrors.get(),
                    heapAtStart,
                    heapAtEnd,
                    maxHeap);
        }
    }

    /** A planner at work: an obstacle created, then removed a second later, again and again. */
    private static void plan(
            HttpClient http,
            ObjectMapper json,
            double[] box,
            AtomicBoolean stop,
            AtomicLong writes,
            AtomicLong refused) {
        Random random = new Random(7);
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((PLANNER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        while (!stop.get()) {
            try {
                double lat = box[1] + random.nextDouble() * (box[3] - box[1]);
                double lon = box[0] + random.nextDouble() * (box[2] - box[0]);
                String feature = String.format(
                        Locale.ROOT,
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},"
                                + "\"properties\":{\"kind\":\"construction\",\"severity\":\"blocking\","
                                + "\"description_en\":\"Load test works\"}}",
                        lon,
                        lat);
                HttpResponse<String> created = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/obstacles"))
                                .header("Content-Type", "application/geo+json")
                                .header("Authorization", auth)
                                .POST(HttpRequest.BodyPublishers.ofString(feature))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                writes.incrementAndGet();
                if (created.statusCode() != 201) {
                    refused.incrementAndGet();
                    continue;
                }
                Thread.sleep(1_000);
                String id = json.readTree(created.body()).path("id").asText();
                HttpResponse<Void> deleted = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/obstacles/" + id))
                                .header("Authorization", auth)
                                .header("If-Match", "\"1\"")
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                writes.incrementAndGet();
                if (deleted.statusCode() != 204) refused.incrementAndGet();
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                refused.incrementAndGet();
            }
        }
    }

    private static double percentile(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)));
    }

    /** west, south, east, north of the map, from /actuator/info. */
    private static double[] bbox(JsonNode info) {
        JsonNode map = info.path("map");
        if (!map.has("minLat")) throw new IllegalStateException("no map bounds in /actuator/info: " + info);
        return new double[] {
            map.path("minLon").asDouble(),
            map.path("minLat").asDouble(),
            map.path("maxLon").asDouble(),
            map.path("maxLat").asDouble()
        };
    }

    private static List<String> drawRoutes(double[] box, Random random, int count) {
        List<String> routes = new ArrayList<>();
        while (routes.size() < count) {
            double lat = box[1] + random.nextDouble() * (box[3] - box[1]);
            double lon = box[0] + random.nextDouble() * (box[2] - box[0]);
            double km = 0.3 + random.nextDouble() * 1.2;
            double bearing = random.nextDouble() * 2 * Math.PI;
            double toLat = lat + km / 111.32 * Math.cos(bearing);
            double toLon = lon + km / (111.32 * Math.cos(Math.toRadians(lat))) * Math.sin(bearing);
            if (toLat < box[1] || toLat > box[3] || toLon < box[0] || toLon > box[2]) continue;
            routes.add(String.format(
                    Locale.ROOT,
                    "/route?point=%.6f,%.6f&point=%.6f,%.6f&profile=%s&instructions=false&calc_points=false",
                    lat,
                    lon,
                    toLat,
                    toLon,
                    PROFILES[routes.size() % PROFILES.length]));
        }
        return routes;
    }
}
