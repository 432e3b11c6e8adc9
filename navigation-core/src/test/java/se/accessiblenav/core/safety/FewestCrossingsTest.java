package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;

/** The exact fewest-crossings search on the road-sides fixture (see {@link CrossingCounterTest}). */
class FewestCrossingsTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static CrossingCounter counter;
    static FewestCrossings fewest;

    @BeforeAll
    static void open() throws URISyntaxException {
        Path fixture = Path.of(
                FewestCrossingsTest.class.getResource("/osm/road-sides.osm").toURI());
        router = PedestrianRouter.open(new RouterSettings(fixture, cacheDir, 2, 0));
        counter = new CrossingCounter(OsmWalkIndex.read(new File(fixture.toString())));
        fewest = new FewestCrossings(router.graphHopper(), counter);
    }

    @AfterAll
    static void close() {
        router.close();
    }

    /** From one path end (way node) to another; the counter judges a walk from its first way node on. */
    static int crossings(double fromLat, double fromLon, double toLat, double toLon) {
        FewestCrossings.Walk walk = fewest.walk(fromLat, fromLon, toLat, toLon).orElseThrow();
        PointList points = walk.points();
        // the walk really joins the two points, and is as long as its points
        assertThat(points.getLat(0)).isCloseTo(fromLat, offset(1e-4));
        assertThat(points.getLat(points.size() - 1)).isCloseTo(toLat, offset(1e-4));
        assertThat(walk.lengthMeters()).isCloseTo(DistanceCalcEarth.DIST_EARTH.calcDistance(points), offset(0.5));
        return counter.count(points, walk.lengthMeters()).unsignalledCrossings();
    }

    @Test
    void fromTheNorthPathToTheSideStreetMainMustBeCrossedOnce() {
        assertThat(crossings(52.00045, 13.0, 51.99955, 13.00294)).isEqualTo(1);
    }

    @Test
    void fromTheSouthPathToTheSideStreetNothingNeedBeCrossed() {
        assertThat(crossings(51.99955, 13.0, 51.99955, 13.00294)).isZero();
    }

    @Test
    void alongTheNorthEdgeNothingNeedBeCrossed() {
        assertThat(crossings(52.00045, 13.0, 52.00045, 13.00147)).isZero();
    }
}
