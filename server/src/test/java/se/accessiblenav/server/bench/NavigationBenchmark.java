package se.accessiblenav.server.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.safety.OdPair;

/**
 * One run on one graph and one set of pairs: import time, start time with a warm cache, heap after
 * load, route latency per profile in-process and over HTTP, and GraphHopper's own server (foot with
 * LM, same extract and pairs) over HTTP beside ours. Run with {@code bin/benchmark}.
 *
 * <p>Arguments: osm file, pairs csv, work folder, server jar, graphhopper-web jar, rounds.
 */
public final class NavigationBenchmark {
    private static final int OUR_PORT = 18_765;
    private static final int GH_PORT = 18_766;
    private static final int GH_ADMIN_PORT = 18_767;

    private NavigationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]).toAbsolutePath();
        List<OdPair> pairs = OdPair.readCsv(Path.of(args[1]));
        Path work = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
        Path serverJar = Path.of(args[3]).toAbsolutePath();
        Path graphHopperJar = Path.of(args[4]).toAbsolutePath();
        int rounds = Integer.parseInt(args[5]);
        Path cache = work.resolve("graph-cache");
        deleteRecursively(cache);

        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Extract: %s; %d pairs × %d rounds per profile; %d cores, JVM %s%n%n",
                osm.getFileName(),
                pairs.size(),
                rounds,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));

        long importMillis;
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, cache))) {
            importMillis = router.startMillis();
        }
        Map<String, Percentiles> inProcess = new LinkedHashMap<>();
        Map<String, Percentiles> guidanceCost;
        long warmStartMillis;
        long heapAfterLoadMb;
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, cache))) {
            warmStartMillis = router.startMillis();
            heapAfterLoadMb = usedHeapMb();
            inProcess.putAll(measureInProcess(router, profileNames(), pairs, rounds));
            guidanceCost = measureGuidance(router, pairs, rounds);
        }
        report.append("| measure | value |\n|---|---:|\n");
        report.append(
                String.format(Locale.ROOT, "| import (scan, import, 4 LM preparations) | %d ms |%n", importMillis));
        report.append(
                String.format(Locale.ROOT, "| start with warm graph cache (in-process) | %d ms |%n", warmStartMillis));
        report.append(String.format(Locale.ROOT, "| heap used after load (after GC) | %d MB |%n%n", heapAfterLoadMb));

        Map<String, Percentiles> overHttp = new LinkedHashMap<>();
        Map<String, Percentiles> guidanceOverHttp;
        long ourServerReadyMillis;
        try (ServerProcess ours = ServerProcess.start(
                List.of(
                        "java",
                        "-Xmx1g",
                        "-jar",
                        serverJar.toString(),
                        "--server.port=" + OUR_PORT,
                        "--navigation.map.osm-file=" + osm,
                        "--navigation.graph.cache-dir=" + cache),
                URI.create("http://127.0.0.1:" + OUR_PORT + "/actuator/health"),
                work.resolve("our-server.log"),
                Duration.ofMinutes(3))) {
            ourServerReadyMillis = ours.readyMillis;
            overHttp.putAll(measureHttp("http://127.0.0.1:" + OUR_PORT + "/route", profileNames(), pairs, rounds));
            guidanceOverHttp = measureHttpGuidance("http://127.0.0.1:" + OUR_PORT + "/route", pairs, rounds);
        }
        Percentiles graphHopperFoot;
        long graphHopperReadyMillis;
        Path ghConfig = writeGraphHopperConfig(work, osm, GH_PORT, GH_ADMIN_PORT);
        deleteRecursively(work.resolve("graphhopper-cache"));
        try (ServerProcess baseline = ServerProcess.start(
                List.of("java", "-Xmx1g", "-jar", graphHopperJar.toString(), "server", ghConfig.toString()),
                URI.create("http://127.0.0.1:" + GH_ADMIN_PORT + "/healthcheck"),
                work.resolve("graphhopper-server.log"),
                Duration.ofMinutes(5))) {
            graphHopperReadyMillis = baseline.readyMillis;
            graphHopperFoot = measureHttp("http://127.0.0.1:" + GH_PORT + "/route", List.of("foot"), pairs, rounds)
                    .get("foot");
        }

        report.append(
                "| profile | in-process p50 | in-process p95 | HTTP p50 | HTTP p95 |\n|---|---:|---:|---:|---:|\n");
        for (String profile : inProcess.keySet()) {
            Percentiles in = inProcess.get(profile);
            Percentiles http = overHttp.get(profile);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                    profile,
                    in.p50(),
                    in.p95(),
                    http.p50(),
                    http.p95()));
        }
        report.append(String.format(
                Locale.ROOT,
                "| GraphHopper 11.0 server, foot + LM (baseline) | | | %.2f ms | %.2f ms |%n%n",
                graphHopperFoot.p50(),
                graphHopperFoot.p95()));
        report.append('\n');
        report.append(guidanceLine(
                "blind_cane in-process: route alone", "route with guidance details and cues", guidanceCost));
        report.append(guidanceLine(
                "blind_cane over HTTP: route without cues (guidance=false)",
                "with cues (the default)",
                guidanceOverHttp));
        report.append(String.format(
                Locale.ROOT,
                "blind_cane p50 / foot p50 in-process: %.2f× (target ≤ 1.2×)%n",
                inProcess.get("blind_cane").p50() / inProcess.get("foot").p50()));
        report.append(String.format(
                Locale.ROOT,
                "our foot HTTP p50 / GraphHopper server p50: %.2f× (target ≤ 1.0×)%n",
                overHttp.get("foot").p50() / graphHopperFoot.p50()));
        report.append(String.format(
                Locale.ROOT,
                "server start to healthy with warm cache: ours %d ms; GraphHopper (import + LM, its own cache) %d ms%n",
                ourServerReadyMillis,
                graphHopperReadyMillis));
        System.out.println(report);
        Files.writeString(work.resolve("benchmark.md"), report.toString());
    }

    /** One line: route alone against route with cues, p50 and p95 of each, and the ratio of the p50s. */
    private static String guidanceLine(String aloneLabel, String withLabel, Map<String, Percentiles> measured) {
        Percentiles alone = measured.get(ROUTE_ALONE);
        Percentiles withCues = measured.get(ROUTE_WITH_CUES);
        return String.format(
                Locale.ROOT,
                "%s p50 %.2f ms (p95 %.2f); %s p50 %.2f ms (p95 %.2f): %.2f× (target ≤ 1.3×)%n%n",
                aloneLabel,
                alone.p50(),
                alone.p95(),
                withLabel,
                withCues.p50(),
                withCues.p95(),
                withCues.p50() / alone.p50());
    }

    private static List<String> profileNames() {
        return java.util.Arrays.stream(WalkerProfile.values())
                .map(WalkerProfile::profileName)
                .toList();
    }

    /** What one measured call does; the same calls for every profile, interleaved pair by pair. */
    private interface Call {
        void run(String profile, int pairIndex) throws Exception;
    }

    /**
     * Warms up every profile first (the JIT compiles each profile's custom-model class separately),
     * then measures the profiles interleaved so that JIT state and machine noise hit them alike.
     */
    private static Map<String, Percentiles> measure(List<String> profiles, int pairCount, int rounds, Call call)
            throws Exception {
        int warmupRounds = Math.max(5, rounds / 2);
        for (int round = 0; round < warmupRounds; round++)
            for (int pair = 0; pair < pairCount; pair++) for (String profile : profiles) call.run(profile, pair);
        Map<String, double[]> millis = new LinkedHashMap<>();
        profiles.forEach(p -> millis.put(p, new double[pairCount * rounds]));
        int i = 0;
        for (int round = 0; round < rounds; round++)
            for (int pair = 0; pair < pairCount; pair++, i++)
                for (String profile : profiles) {
                    long start = System.nanoTime();
                    call.run(profile, pair);
                    millis.get(profile)[i] = (System.nanoTime() - start) / 1e6;
                }
        Map<String, Percentiles> result = new LinkedHashMap<>();
        millis.forEach((profile, values) -> result.put(profile, Percentiles.of(values)));
        return result;
    }

    private static Map<String, Percentiles> measureInProcess(
            PedestrianRouter router, List<String> profiles, List<OdPair> pairs, int rounds) throws Exception {
        return measure(profiles, pairs.size(), rounds, (profile, pair) -> route(router, profile, pairs.get(pair)));
    }

    private static final String ROUTE_ALONE = "route alone";
    private static final String ROUTE_WITH_CUES = "route + cues";

    /** blind_cane routed as GraphHopper answers by default, and with the details and cues of guidance. */
    private static Map<String, Percentiles> measureGuidance(PedestrianRouter router, List<OdPair> pairs, int rounds)
            throws Exception {
        GuidanceOptions options = GuidanceOptions.defaults(Locale.ENGLISH);
        return measure(List.of(ROUTE_ALONE, ROUTE_WITH_CUES), pairs.size(), rounds, (variant, i) -> {
            OdPair pair = pairs.get(i);
            GHRequest request =
                    new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile("blind_cane");
            if (variant.equals(ROUTE_WITH_CUES)) request.setPathDetails(GuidanceComposer.REQUIRED_DETAILS);
            GHResponse response = router.route(request);
            if (response.hasErrors())
                throw new IllegalStateException(response.getErrors().toString());
            if (variant.equals(ROUTE_WITH_CUES)
                    && router.guide(response.getBest(), options).cues().isEmpty())
                throw new IllegalStateException("no cues");
        });
    }

    private static void route(PedestrianRouter router, String profile, OdPair pair) {
        GHResponse response = router.route(
                new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile(profile));
        if (response.hasErrors())
            throw new IllegalStateException("Route failed for " + pair + ": " + response.getErrors());
    }

    private static Map<String, Percentiles> measureHttp(
            String routeUrl, List<String> profiles, List<OdPair> pairs, int rounds) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return measure(
                profiles,
                pairs.size(),
                rounds,
                (profile, pair) -> get(http, routeUri(routeUrl, pairs.get(pair), "profile=" + profile)));
    }

    /** blind_cane over HTTP as a client gets it: with cues (the default), and with {@code guidance=false}. */
    private static Map<String, Percentiles> measureHttpGuidance(String routeUrl, List<OdPair> pairs, int rounds)
            throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return measure(
                List.of(ROUTE_ALONE, ROUTE_WITH_CUES),
                pairs.size(),
                rounds,
                (variant, pair) -> get(
                        http,
                        routeUri(
                                routeUrl,
                                pairs.get(pair),
                                "profile=blind_cane&guidance=" + variant.equals(ROUTE_WITH_CUES))));
    }

    private static URI routeUri(String routeUrl, OdPair p, String parameters) {
        return URI.create(String.format(
                Locale.ROOT,
                "%s?point=%f,%f&point=%f,%f&%s",
                routeUrl,
                p.fromLat(),
                p.fromLon(),
                p.toLat(),
                p.toLon(),
                parameters));
    }

    /** A GET that must answer 200. */
    static void get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200)
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
    }

    /** GraphHopper 11's own server: foot with landmarks, the encoded values its foot model reads. */
    static Path writeGraphHopperConfig(Path work, Path osm, int port, int adminPort) throws IOException {
        String yaml = """
                graphhopper:
                  datareader.file: %s
                  graph.location: %s
                  graph.encoded_values: foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating, mtb_rating, country, road_class
                  import.osm.ignored_highways: ""
                  profiles:
                    - name: foot
                      custom_model_files: [foot.json]
                  profiles_lm:
                    - profile: foot
                  prepare.min_network_size: 200
                server:
                  application_connectors:
                    - type: http
                      port: %d
                      bind_host: 127.0.0.1
                  admin_connectors:
                    - type: http
                      port: %d
                      bind_host: 127.0.0.1
                logging:
                  level: WARN
                """.formatted(osm, work.resolve("graphhopper-cache"), port, adminPort);
        return Files.writeString(work.resolve("graphhopper-config.yml"), yaml);
    }

    private static long usedHeapMb() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
