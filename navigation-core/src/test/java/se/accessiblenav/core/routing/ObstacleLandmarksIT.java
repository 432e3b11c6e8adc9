package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.core.bench.RandomObstacles;
import se.accessiblenav.core.safety.OdPair;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;

/**
 * On the Berlin extract with 300 obstacles on random ways: landmarks prepared for the obstacles find
 * exactly the routes a search without landmarks finds, settle far fewer nodes than the import's
 * landmarks, and are dropped at once when obstacles are lifted.
 */
class ObstacleLandmarksIT {
    static final String PROFILE = "blind_cane";

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static List<OdPair> pairs;
    static List<Obstacle> obstacles;

    @BeforeAll
    static void open() throws Exception {
        router = PedestrianRouter.open(new RouterSettings(SharedData.berlin(), cacheDir));
        pairs = OdPair.readCsv(Path.of("../docs/safety/berlin-wittenau-miraustr-de-pairs.csv"));
        GeometryFactory wgs84 = new GeometryFactory();
        List<ObstacleDraft> drafts = RandomObstacles.onWays(
                RandomObstacles.allWays(router), 300, 7, (lat, lon) -> wgs84.createPoint(new Coordinate(lon, lat)));
        obstacles = RandomObstacles.active(drafts, drafts.size());
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

    @Test
    void oneObstacleIsMeasuredAndCostsNoPreparation() throws InterruptedException {
        ObstacleLandmarkStatus before = router.obstacleLandmarkStatus();
        router.applyObstacles(obstacles.subList(0, 1));
        assertThat(router.awaitObstacleLandmarks(Duration.ofSeconds(60))).isTrue();

        ObstacleLandmarkStatus after = router.obstacleLandmarkStatus();
        assertThat(after.checks()).as("the change was measured").isEqualTo(before.checks() + 1);
        assertThat(after.preparations())
                .as("one closed way hardly slows the search: no landmarks prepared")
                .isEqualTo(before.preparations());
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
}
