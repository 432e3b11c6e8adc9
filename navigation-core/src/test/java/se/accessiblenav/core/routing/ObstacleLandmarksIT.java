package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.core.safety.OdPair;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * On the Berlin extract with 300 obstacles on random ways: landmarks prepared for the obstacles find
 * exactly the routes a search without landmarks finds, settle far fewer nodes than the import's
 * landmarks, and are dropped at once when obstacles are lifted.
 */
class ObstacleLandmarksIT {
    static final String PROFILE = "blind_cane";
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static List<OdPair> pairs;
    static List<Obstacle> obstacles;

    @BeforeAll
    static void open() throws Exception {
        router = PedestrianRouter.open(new RouterSettings(SharedData.berlin(), cacheDir));
        pairs = OdPair.readCsv(Path.of("../docs/safety/berlin-wittenau-pairs.csv"));
        obstacles = randomObstacles(300);
    }

    @AfterAll
    static void close() {
        if (router != null) router.close();
    }

    @Test
    void landmarksForTheObstaclesFindTheSameRoutesWithFewerNodesAndGoWhenObstaclesAreLifted()
            throws InterruptedException {
        router.applyObstacles(obstacles);
        long visitedWithImportLandmarks = visitedNodes();
        assertThat(router.awaitObstacleLandmarks(Duration.ofSeconds(60))).isTrue();
        assertThat(router.usesObstacleLandmarks()).isTrue();

        long visitedWithObstacleLandmarks = visitedNodes();
        assertThat(visitedWithObstacleLandmarks).isLessThan(visitedWithImportLandmarks * 2 / 3);
        int routed = assertSameRoutesAsWithoutLandmarks();
        assertThat(routed).as("pairs with a route around 300 obstacles").isGreaterThan(pairs.size() / 2);

        // half of them lifted: every second way is cheaper again, so the landmarks go at once
        router.applyObstacles(obstacles.subList(0, obstacles.size() / 2));
        assertThat(router.usesObstacleLandmarks()).isFalse();
        assertSameRoutesAsWithoutLandmarks();

        router.applyObstacles(List.of());
    }

    /** Every pair: the same route weight (or the same "no route") with and without landmarks. */
    private static int assertSameRoutesAsWithoutLandmarks() {
        int routed = 0;
        for (OdPair pair : pairs) {
            GHResponse with = router.route(request(pair));
            GHResponse without = router.route(request(pair).putHint("lm.disable", true));
            assertThat(with.hasErrors()).as(pair.toString()).isEqualTo(without.hasErrors());
            if (with.hasErrors()) continue;
            routed++;
            assertThat(with.getBest().getRouteWeight())
                    .as(pair.toString())
                    .isCloseTo(without.getBest().getRouteWeight(), org.assertj.core.data.Offset.offset(1e-6));
        }
        return routed;
    }

    private static long visitedNodes() {
        long visited = 0;
        for (OdPair pair : pairs)
            visited += router.route(request(pair)).getHints().getLong("visited_nodes.sum", 0);
        return visited;
    }

    private static GHRequest request(OdPair pair) {
        return new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile(PROFILE);
    }

    /** Points on the middle of random ways (seeded), one in three blocking, the rest hazards. */
    private static List<Obstacle> randomObstacles(int count) {
        var map = router.mapInfo();
        List<NetworkWay> ways = router.waysWithin(map.minLat(), map.minLon(), map.maxLat(), map.maxLon(), 1_000_000);
        Random random = new Random(7);
        GeometryFactory wgs84 = new GeometryFactory();
        List<Obstacle> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[][] c = ways.get(random.nextInt(ways.size())).coordinates();
            int k = random.nextInt(c.length - 1);
            ObstacleDraft draft = new ObstacleDraft(
                    wgs84.createPoint(new Coordinate((c[k][0] + c[k + 1][0]) / 2, (c[k][1] + c[k + 1][1]) / 2)),
                    ObstacleKind.CONSTRUCTION,
                    i % 3 == 0 ? Severity.BLOCKING : Severity.HAZARD,
                    "Road works",
                    "Vägarbete",
                    null,
                    null,
                    "test");
            list.add(new Obstacle(new UUID(0, i + 1), draft, "test", T, "test", T, 1));
        }
        return list;
    }
}
