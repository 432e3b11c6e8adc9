package se.accessiblenav.core.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import se.accessiblenav.core.obstacle.ObstacleOverlay;
import se.accessiblenav.core.routing.NetworkWay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.safety.OdPair;
import se.accessiblenav.mapdata.obstacle.JdbcObstacleStore;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * Route latency with 0, 100 and 1,000 active obstacles, and the time from an accepted write (stored in
 * the embedded H2 store, as the server does) to a route that respects it. Obstacles are 6 m squares on
 * random ways of the graph, a third blocking, the rest hazards (seeded: the same every run).
 *
 * <p>Usage: {@code bin/obstacle-benchmark [osm-file] [pairs-csv] [rounds]}
 */
public final class ObstacleBenchmark {
    private ObstacleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]);
        List<OdPair> pairs = OdPair.readCsv(Path.of(args[1]));
        Path work = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String profile = "blind_cane";
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, work.resolve("graph"), 16, 200))) {
            JdbcDataSource db = new JdbcDataSource();
            db.setURL("jdbc:h2:file:"
                    + work.resolve("obstacles-" + System.nanoTime()).toAbsolutePath());
            ObstacleStore store = JdbcObstacleStore.open(db);
            List<NetworkWay> ways = RandomObstacles.allWays(router);
            List<ObstacleDraft> drafts = RandomObstacles.onWays(ways, 1000, 42, (lat, lon) -> square(lat, lon, 6));
            System.out.printf(
                    Locale.ROOT,
                    "Extract %s, %d pairs × %d rounds, profile %s, %d edges%n%n",
                    osm.getFileName(),
                    pairs.size(),
                    rounds,
                    profile,
                    ways.size());
            route(router, pairs, profile, 10); // JIT warm-up before anything is timed
            // time the same routes in every case: the pairs that still have a route with 1,000 obstacles
            router.applyObstacles(RandomObstacles.active(drafts, 1000));
            List<OdPair> common = pairs.stream()
                    .filter(p -> !router.route(request(p, profile)).hasErrors())
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "Timed: the %d pairs with a route in every case (with 1,000 obstacles the others have none)%n%n",
                    common.size());
            System.out.println(
                    "| active obstacles | edges closed | edges hazard | routes found | landmarks | visited nodes (mean) | p50 ms | p95 ms | p50 / none |");
            System.out.println("|---:|---:|---:|---:|---|---:|---:|---:|---:|");
            int[] counts = {0, 1, 10, 100, 1000};
            String[] states = {"import's (right after the change)", "after the check"};
            double[][][] times = new double[counts.length][2][common.size() * rounds];
            double[][] ready = new double[counts.length][rounds];
            // interleaved: every round times each obstacle count once, so machine noise hits all alike;
            // first right after the change (the import's landmarks), then once the background check (and
            // the preparation of landmarks for these obstacles, where it measured a slowdown) is done
            for (int r = 0; r < rounds; r++)
                for (int c = 0; c < counts.length; c++) {
                    router.applyObstacles(List.of()); // start every count from the import's landmarks
                    router.awaitObstacleLandmarks(Duration.ofMinutes(10));
                    long changed = System.nanoTime();
                    router.applyObstacles(RandomObstacles.active(drafts, counts[c]));
                    time(router, common, profile, times[c][0], r);
                    if (!router.awaitObstacleLandmarks(Duration.ofMinutes(10)))
                        throw new IllegalStateException("landmarks for the obstacles took over ten minutes");
                    ready[c][r] = (System.nanoTime() - changed) / 1e6;
                    time(router, common, profile, times[c][1], r);
                }
            double baseline = 0;
            for (int c = 0; c < counts.length; c++) {
                router.applyObstacles(List.of());
                router.awaitObstacleLandmarks(Duration.ofMinutes(10));
                ObstacleOverlay.Status status = router.applyObstacles(RandomObstacles.active(drafts, counts[c]));
                for (int state = 0; state < 2; state++) {
                    if (state == 1) router.awaitObstacleLandmarks(Duration.ofMinutes(10));
                    int found = 0;
                    for (OdPair p : pairs)
                        if (!router.route(request(p, profile)).hasErrors()) found++;
                    long visited = 0;
                    for (OdPair p : common)
                        visited += router.route(request(p, profile)).getHints().getLong("visited_nodes.sum", 0);
                    double[] t = times[c][state];
                    Arrays.sort(t);
                    double p50 = t[t.length / 2];
                    if (c == 0 && state == 0) baseline = p50;
                    System.out.printf(
                            Locale.ROOT,
                            "| %d | %d | %d | %d of %d | %s | %d | %.2f | %.2f | %.2f |%n",
                            counts[c],
                            status.blockedEdges(),
                            status.hazardEdges(),
                            found,
                            pairs.size(),
                            counts[c] == 0 ? "import's" : state == 0 ? states[0] : afterCheck(router),
                            visited / common.size(),
                            p50,
                            t[(int) (t.length * 0.95)],
                            p50 / baseline);
                    if (counts[c] == 0) break; // no obstacles: nothing to prepare
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nFrom a change to its check done, and landmarks prepared where it measured a slowdown"
                            + " (median of %d; includes the %d ms wait for further changes):%n",
                    rounds,
                    PedestrianRouter.OBSTACLE_LANDMARKS_DELAY.toMillis());
            for (int c = 1; c < counts.length; c++) {
                Arrays.sort(ready[c]);
                System.out.printf(Locale.ROOT, "- %d obstacles: %.0f ms%n", counts[c], ready[c][rounds / 2]);
            }
            writeToRoute(router, store, drafts, pairs, profile);
        }
    }

    private static String afterCheck(PedestrianRouter router) {
        var status = router.obstacleLandmarkStatus();
        return String.format(
                Locale.ROOT,
                "after the check: %d of 4 profiles prepared again (%d ms)",
                status.preparedProfiles(),
                status.lastCheckMillis());
    }

    /**
     * With 1,000 obstacles stored and active: a new blocking obstacle across a pair's current route,
     * timed from the store write (validated, audited, committed) to a route that no longer passes it.
     */
    private static void writeToRoute(
            PedestrianRouter router,
            ObstacleStore store,
            List<ObstacleDraft> drafts,
            List<OdPair> pairs,
            String profile)
            throws InterruptedException {
        store.createAll(drafts, "bench");
        router.applyObstacles(store.list(ObstacleQuery.activeAt(Instant.now())));
        List<Double> times = new ArrayList<>();
        int respected = 0;
        for (OdPair p : pairs) {
            GHResponse before = router.route(request(p, profile));
            if (before.hasErrors() || before.getBest().getPoints().size() < 4) continue;
            var points = before.getBest().getPoints();
            int k = points.size() / 2;
            Geometry block = square(
                    (points.getLat(k) + points.getLat(k + 1)) / 2, (points.getLon(k) + points.getLon(k + 1)) / 2, 6);
            router.awaitObstacleLandmarks(Duration.ofMinutes(10)); // each write starts from a settled router
            long start = System.nanoTime();
            Obstacle written = store.create(draft(block, Severity.BLOCKING), "bench");
            router.applyObstacles(store.list(ObstacleQuery.activeAt(Instant.now())));
            GHResponse after = router.route(request(p, profile));
            times.add((System.nanoTime() - start) / 1e6);
            if (after.hasErrors() || !crosses(after, block)) respected++;
            store.delete(written.id(), written.version(), "bench");
            router.applyObstacles(store.list(ObstacleQuery.activeAt(Instant.now())));
        }
        router.applyObstacles(List.of());
        times.sort(Double::compare);
        System.out.printf(
                Locale.ROOT,
                "%nWrite to respecting route (1,000 obstacles active, %d writes): p50 %.1f ms, max %.1f ms;"
                        + " routes avoiding the new obstacle: %d of %d%n",
                times.size(),
                times.get(times.size() / 2),
                times.get(times.size() - 1),
                respected,
                times.size());
    }

    private static boolean crosses(GHResponse response, Geometry block) {
        var points = response.getBest().getPoints();
        Coordinate[] coords = new Coordinate[points.size()];
        for (int i = 0; i < coords.length; i++) coords[i] = new Coordinate(points.getLon(i), points.getLat(i));
        return ObstacleGeoJson.GEOMETRY.createLineString(coords).intersects(block);
    }

    /**
     * Times one route per pair, after a collection (the garbage of the change or of a preparation is not
     * this state's cost) and three untimed passes (a served router is busy, not waking from a pause).
     */
    private static void time(PedestrianRouter router, List<OdPair> pairs, String profile, double[] times, int round) {
        System.gc();
        route(router, pairs, profile, 3);
        for (int i = 0; i < pairs.size(); i++) {
            long start = System.nanoTime();
            router.route(request(pairs.get(i), profile));
            times[round * pairs.size() + i] = (System.nanoTime() - start) / 1e6;
        }
    }

    private static void route(PedestrianRouter router, List<OdPair> pairs, String profile, int rounds) {
        for (int r = 0; r < rounds; r++) for (OdPair p : pairs) router.route(request(p, profile));
    }

    private static GHRequest request(OdPair p, String profile) {
        return new GHRequest(p.fromLat(), p.fromLon(), p.toLat(), p.toLon()).setProfile(profile);
    }

    private static ObstacleDraft draft(Geometry geometry, Severity severity) {
        return new ObstacleDraft(
                geometry,
                ObstacleKind.CONSTRUCTION,
                severity,
                "Benchmark obstacle",
                "Testhinder",
                null,
                null,
                "benchmark");
    }

    static Geometry square(double lat, double lon, double meters) {
        double dLat = meters / 2 / 110_574;
        double dLon = meters / 2 / (111_320 * Math.cos(Math.toRadians(lat)));
        return ObstacleGeoJson.GEOMETRY.createPolygon(new Coordinate[] {
            new Coordinate(lon - dLon, lat - dLat),
            new Coordinate(lon + dLon, lat - dLat),
            new Coordinate(lon + dLon, lat + dLat),
            new Coordinate(lon - dLon, lat + dLat),
            new Coordinate(lon - dLon, lat - dLat)
        });
    }
}
