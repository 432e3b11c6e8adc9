package se.accessiblenav.server.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.core.bench.RandomObstacles;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;

/**
 * A city-size run beside plain GraphHopper 11 ({@code bin/city-benchmark}): import time and peak heap (both
 * imports in {@code -Xmx3g}, peak from the GC log), cache size, start to healthy with the cache and live
 * heap after load (both servers), route latency over HTTP for walks of 0.5, 2, 5 and 10 km per profile
 * (GraphHopper: foot), and what 1, 10 and 1,000 obstacles cost: CPU of the change and its check, and the
 * latency of 2 km walks afterwards. Loopback only.
 *
 * <p>Arguments: osm file, work folder, server jar, graphhopper-web jar, and optionally our number of
 * landmarks per profile (16; GraphHopper keeps its 16).
 */
public final class CityBenchmark {
    private static final int OUR_PORT = 18_775;
    private static final int GH_PORT = 18_776;
    private static final int GH_ADMIN_PORT = 18_777;
    private static final double[] WALK_KM = {0.5, 2, 5, 10};
    private static final int PAIRS_PER_LENGTH = 25;
    private static final int ROUNDS = 3;
    private static final List<String> PROFILES = List.of("foot", "blind_cane", "guide_dog", "low_vision");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\(");

    private CityBenchmark() {}

    /** One side's figures. */
    private record Side(double importSeconds, long peakHeapMb, long cacheMb, long readyMillis, long heapAfterLoadMb) {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Path serverJar = Path.of(args[2]).toAbsolutePath();
        Path graphHopperJar = Path.of(args[3]).toAbsolutePath();
        int landmarks = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        Path ourCache = work.resolve("our-cache");
        Path ghCache = work.resolve("graphhopper-cache");
        NavigationBenchmark.deleteRecursively(ourCache);
        NavigationBenchmark.deleteRecursively(ghCache);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "City: %s (%d MB); our landmarks per profile: %d; %d cores, JVM %s%n%n",
                osm.getFileName(),
                Files.size(osm) >> 20,
                landmarks,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));

        // imports, one after the other, each alone on the machine
        double ourImport = runTimed(
                work,
                "our-import",
                List.of(
                        "-Dloader.main=se.accessiblenav.core.routing.GraphImport",
                        "-cp",
                        serverJar.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        osm.toString(),
                        ourCache.toString(),
                        Integer.toString(landmarks)));
        Path ghConfig = NavigationBenchmark.writeGraphHopperConfig(work, osm, GH_PORT, GH_ADMIN_PORT);
        double ghImport = runTimed(
                work, "graphhopper-import", List.of("-jar", graphHopperJar.toString(), "import", ghConfig.toString()));

        Map<Double, List<double[]>> walks;
        Map<String, String> obstacleRows;
        try (PedestrianRouter router =
                PedestrianRouter.open(new RouterSettings(osm, ourCache, landmarks, 200).withReadOnlyCache(true))) {
            walks = drawWalks(router);
            obstacleRows = measureObstacles(router, walks.get(2.0));
        }

        Map<String, Percentiles> ours = new LinkedHashMap<>();
        long ourReady;
        long ourHeap;
        List<String> serverArgs = List.of(
                "--server.port=" + OUR_PORT,
                "--navigation.map.osm-file=" + osm,
                "--navigation.graph.cache-dir=" + ourCache,
                "--navigation.graph.read-only=true",
                "--navigation.graph.landmarks=" + landmarks,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("obstacles-" + System.nanoTime()));
        try (ServerProcess server = ServerProcess.start(
                ourServerCommand(serverJar, work.resolve("cds"), serverArgs),
                URI.create("http://127.0.0.1:" + OUR_PORT + "/actuator/health"),
                work.resolve("our-server.log"),
                Duration.ofMinutes(5))) {
            ourReady = server.readyMillis();
            ourHeap = server.liveHeapMb();
            for (double km : WALK_KM)
                for (String profile : PROFILES)
                    ours.put(
                            key(profile, km),
                            measureHttp(
                                    "http://127.0.0.1:" + OUR_PORT + "/route",
                                    profile,
                                    walks.get(km),
                                    "&guidance=false"));
        }
        Map<String, Percentiles> graphHopper = new LinkedHashMap<>();
        long ghReady;
        long ghHeap;
        try (ServerProcess server = ServerProcess.start(
                List.of("java", "-Xmx1g", "-jar", graphHopperJar.toString(), "server", ghConfig.toString()),
                URI.create("http://127.0.0.1:" + GH_ADMIN_PORT + "/healthcheck"),
                work.resolve("graphhopper-server.log"),
                Duration.ofMinutes(5))) {
            ghReady = server.readyMillis();
            ghHeap = server.liveHeapMb();
            for (double km : WALK_KM)
                graphHopper.put(
                        key("foot", km),
                        measureHttp("http://127.0.0.1:" + GH_PORT + "/route", "foot", walks.get(km), ""));
        }

        Side our = new Side(
                ourImport, peakHeapMb(work.resolve("our-import.gc.log")), megabytes(ourCache), ourReady, ourHeap);
        Side gh = new Side(
                ghImport, peakHeapMb(work.resolve("graphhopper-import.gc.log")), megabytes(ghCache), ghReady, ghHeap);
        report.append(
                "| measure | ours | GraphHopper 11 (foot + LM) | ours / GraphHopper | target |\n|---|---:|---:|---:|---|\n");
        row(report, "import (s), -Xmx3g", our.importSeconds(), gh.importSeconds(), "≤ 2×");
        row(report, "peak heap during import (MB, GC log)", our.peakHeapMb(), gh.peakHeapMb(), "completes in -Xmx3g");
        row(report, "graph cache (MB)", our.cacheMb(), gh.cacheMb(), "≤ 1.5×");
        row(report, "live heap after load (MB, after full GC)", our.heapAfterLoadMb(), gh.heapAfterLoadMb(), "≤ 1.5×");
        row(report, "warm start to healthy (ms)", our.readyMillis(), gh.readyMillis(), "≤ GraphHopper's + 5 s");
        report.append("\nRoute latency over HTTP, p50 / p95 ms (");
        report.append(PAIRS_PER_LENGTH)
                .append(" walks per length × ")
                .append(ROUNDS)
                .append(" rounds; ours with guidance=false):\n\n");
        report.append(
                "| walk | GraphHopper foot | foot | blind_cane | guide_dog | low_vision |\n|---|---:|---:|---:|---:|---:|\n");
        for (double km : WALK_KM) {
            report.append(String.format(Locale.ROOT, "| %.1f km | %s |", km, cell(graphHopper.get(key("foot", km)))));
            for (String profile : PROFILES)
                report.append(' ').append(cell(ours.get(key(profile, km)))).append(" |");
            report.append('\n');
        }
        report.append("\nObstacle changes (in-process, blind_cane, 2 km walks):\n\n");
        report.append(
                "| active obstacles | CPU of the change and its check | landmarks | settled nodes per walk | route p50 / p95 ms | p50 / none |\n|---:|---:|---|---:|---:|---:|\n");
        obstacleRows.values().forEach(report::append);
        System.out.println(report);
        Files.writeString(work.resolve("city-benchmark.md"), report.toString());
    }

    private static String key(String profile, double km) {
        return profile + "@" + km;
    }

    private static String cell(Percentiles p) {
        return String.format(Locale.ROOT, "%.1f / %.1f", p.p50(), p.p95());
    }

    private static void row(StringBuilder report, String what, double ours, double graphHopper, String target) {
        report.append(String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.2f× | %s |%n",
                what,
                ours,
                graphHopper,
                ours / graphHopper,
                target));
    }

    /**
     * Our server as {@code ./run} starts it: from the extracted jar with a class archive that {@code
     * bin/prepare-fast-start} makes in a training start with the same arguments (not timed); from the jar
     * as it is with {@code -Dcds=no} or when that fails.
     */
    static List<String> ourServerCommand(Path serverJar, Path cdsDir, List<String> serverArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        if (!"no".equals(System.getProperty("cds"))) {
            List<String> prepare = new ArrayList<>(List.of(
                    "bash", Path.of("bin", "prepare-fast-start").toString(), serverJar.toString(), cdsDir.toString()));
            prepare.addAll(serverArgs);
            Process training = new ProcessBuilder(prepare).inheritIO().start();
            if (training.waitFor() == 0) {
                command.add("-XX:SharedArchiveFile=" + cdsDir.resolve("application.jsa"));
                command.add("-Xlog:cds=off");
                command.add("-Xlog:cds+dynamic=off");
                serverJar = cdsDir.resolve(serverJar.getFileName());
            }
        }
        command.add("-jar");
        command.add(serverJar.toString());
        command.addAll(serverArgs);
        return command;
    }

    /** Runs a Java command in -Xmx3g with a GC log; wall time in seconds. */
    private static double runTimed(Path work, String name, List<String> arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("java", "-Xmx3g", "-Xlog:gc:file=" + work.resolve(name + ".gc.log")));
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        if (process.waitFor() != 0)
            throw new IllegalStateException(name + " failed; see " + work.resolve(name + ".log"));
        return (System.nanoTime() - start) / 1e9;
    }

    /** The fullest the heap was before any collection, from a {@code -Xlog:gc} file. */
    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        Matcher m = GC_PAUSE.matcher(Files.readString(gcLog));
        while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
        return peak;
    }

    private static long megabytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(f -> f.toFile().length())
                            .sum()
                    >> 20;
        }
    }

    /**
     * For each length, walks between random graph nodes whose foot route is within 20 % of it (seeded,
     * the same every run on the same city).
     */
    private static Map<Double, List<double[]>> drawWalks(PedestrianRouter router) {
        var graph = router.graphHopper().getBaseGraph();
        var at = graph.getNodeAccess();
        Random random = new Random(20261202L);
        Map<Double, List<double[]>> walks = new LinkedHashMap<>();
        for (double km : WALK_KM) {
            List<double[]> found = new ArrayList<>();
            for (int tries = 0; found.size() < PAIRS_PER_LENGTH && tries < 100_000; tries++) {
                int from = random.nextInt(graph.getNodes());
                int to = random.nextInt(graph.getNodes());
                double crow = com.graphhopper.util.DistanceCalcEarth.DIST_EARTH.calcDist(
                        at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to));
                if (crow < km * 1000 * 0.6 || crow > km * 1000) continue;
                double[] walk = {at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to)};
                GHResponse foot = router.route(new GHRequest(walk[0], walk[1], walk[2], walk[3]).setProfile("foot"));
                if (foot.hasErrors() || Math.abs(foot.getBest().getDistance() / (km * 1000) - 1) > 0.2) continue;
                found.add(walk);
            }
            walks.put(km, found);
        }
        return walks;
    }

    /**
     * 1, 10 and 1,000 obstacles: CPU of applying them and of the check that follows, the route search's
     * settled nodes and the routes' latency afterwards. The whole sequence runs twice and the second is
     * reported: the first warms the JIT for every state.
     */
    private static Map<String, String> measureObstacles(PedestrianRouter router, List<double[]> walks)
            throws Exception {
        GeometryFactory wgs84 = new GeometryFactory();
        List<ObstacleDraft> drafts = RandomObstacles.onWays(
                RandomObstacles.allWays(router), 1000, 42, (lat, lon) -> wgs84.createPoint(new Coordinate(lon, lat)));
        Map<String, String> rows = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            rows.clear();
            router.applyObstacles(List.of());
            router.awaitObstacleLandmarks(Duration.ofMinutes(30));
            Percentiles none = routeMillis(router, walks);
            rows.put(
                    "0",
                    String.format(
                            Locale.ROOT,
                            "| 0 | | import's | %d | %s | 1.00 |%n",
                            settledNodes(router, walks),
                            cell(none)));
            for (int count : new int[] {1, 10, 1000}) {
                router.applyObstacles(List.of());
                router.awaitObstacleLandmarks(Duration.ofMinutes(30));
                long cpuBefore = processCpuNanos();
                router.applyObstacles(RandomObstacles.active(drafts, count));
                router.awaitObstacleLandmarks(Duration.ofMinutes(30));
                double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
                Percentiles after = routeMillis(router, walks);
                var status = router.obstacleLandmarkStatus();
                rows.put(
                        Integer.toString(count),
                        String.format(
                                Locale.ROOT,
                                "| %d | %.2f s | %d of 4 profiles prepared again | %d | %s | %.2f |%n",
                                count,
                                cpuSeconds,
                                status.preparedProfiles(),
                                settledNodes(router, walks),
                                cell(after),
                                after.p50() / none.p50()));
            }
        }
        router.applyObstacles(List.of());
        return rows;
    }

    /** Mean nodes the blind_cane search settles per walk. */
    private static long settledNodes(PedestrianRouter router, List<double[]> walks) {
        long settled = 0;
        for (double[] w : walks)
            settled += router.route(new GHRequest(w[0], w[1], w[2], w[3]).setProfile("blind_cane"))
                    .getHints()
                    .getLong("visited_nodes.sum", 0);
        return settled / Math.max(1, walks.size());
    }

    private static Percentiles routeMillis(PedestrianRouter router, List<double[]> walks) {
        for (int warm = 0; warm < 3; warm++) for (double[] w : walks) route(router, w);
        double[] millis = new double[walks.size() * ROUNDS];
        int i = 0;
        for (int r = 0; r < ROUNDS; r++)
            for (double[] w : walks) {
                long start = System.nanoTime();
                route(router, w);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        return Percentiles.of(millis);
    }

    private static void route(PedestrianRouter router, double[] w) {
        router.route(new GHRequest(w[0], w[1], w[2], w[3]).setProfile("blind_cane"));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Percentiles measureHttp(String routeUrl, String profile, List<double[]> walks, String extra)
            throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (double[] w : walks) NavigationBenchmark.get(http, uri(routeUrl, profile, w, extra)); // warm
        double[] millis = new double[walks.size() * ROUNDS];
        int i = 0;
        for (int r = 0; r < ROUNDS; r++)
            for (double[] w : walks) {
                long start = System.nanoTime();
                NavigationBenchmark.get(http, uri(routeUrl, profile, w, extra));
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        return Percentiles.of(millis);
    }

    private static URI uri(String routeUrl, String profile, double[] w, String extra) {
        return URI.create(String.format(
                Locale.ROOT,
                "%s?point=%f,%f&point=%f,%f&profile=%s%s",
                routeUrl,
                w[0],
                w[1],
                w[2],
                w[3],
                profile,
                extra));
    }
}
