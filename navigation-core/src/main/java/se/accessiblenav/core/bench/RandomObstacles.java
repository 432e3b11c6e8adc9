package se.accessiblenav.core.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Geometry;
import se.accessiblenav.core.routing.NetworkWay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * Obstacles at the middle of random segments of random ways of the loaded graph, one in three blocking,
 * the rest hazards; seeded, so the same every run. For benchmarks and tests of routing with obstacles.
 */
public final class RandomObstacles {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private RandomObstacles() {}

    /** Every way of the loaded map. */
    public static List<NetworkWay> allWays(PedestrianRouter router) {
        var map = router.mapInfo();
        return router.network().waysWithin(map.minLat(), map.minLon(), map.maxLat(), map.maxLon(), 1_000_000);
    }

    /** {@code count} drafts, each {@code shape(lat, lon)} around the middle of a random segment of a random way. */
    public static List<ObstacleDraft> onWays(
            List<NetworkWay> ways, int count, long seed, BiFunction<Double, Double, Geometry> shape) {
        Random random = new Random(seed);
        List<ObstacleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[][] c = ways.get(random.nextInt(ways.size())).coordinates();
            int k = random.nextInt(c.length - 1);
            double lon = (c[k][0] + c[k + 1][0]) / 2;
            double lat = (c[k][1] + c[k + 1][1]) / 2;
            drafts.add(new ObstacleDraft(
                    shape.apply(lat, lon),
                    ObstacleKind.CONSTRUCTION,
                    i % 3 == 0 ? Severity.BLOCKING : Severity.HAZARD,
                    "Road works",
                    "Vägarbete",
                    null,
                    null,
                    "benchmark"));
        }
        return drafts;
    }

    /** The first {@code count} drafts as active obstacles, with ids 1, 2, 3 and so on. */
    public static List<Obstacle> active(List<ObstacleDraft> drafts, int count) {
        List<Obstacle> active = new ArrayList<>();
        for (int i = 0; i < count; i++)
            active.add(new Obstacle(new UUID(0, i + 1), drafts.get(i), "benchmark", CREATED, "benchmark", CREATED, 1));
        return active;
    }
}
