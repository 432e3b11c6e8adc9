package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact fewest-crossings search on the road-sides fixture (see {@link CrossingCounterTest}). */
class FewestCrossingsTest {
    @TempDir
    static Path cacheDir;

    static FixtureSearch map;

    @BeforeAll
    static void open() {
        map = FixtureSearch.open("/osm/road-sides.osm", cacheDir);
    }

    @AfterAll
    static void close() {
        map.close();
    }

    /** From one path end (way node) to another; the counter judges a walk from its first way node on. */
    static int crossings(double fromLat, double fromLon, double toLat, double toLon) {
        FewestCrossings.Walk walk = map.fewest()
                .walk(fromLat, fromLon, toLat, toLon, FewestCrossings.Objective.CROSSINGS)
                .orElseThrow();
        PointList points = walk.points();
        // the walk really joins the two points, and is as long as its points
        assertThat(points.getLat(0)).isCloseTo(fromLat, offset(1e-4));
        assertThat(points.getLat(points.size() - 1)).isCloseTo(toLat, offset(1e-4));
        assertThat(walk.lengthMeters()).isCloseTo(DistanceCalcEarth.DIST_EARTH.calcDistance(points), offset(0.5));
        return map.counter().count(points, walk.lengthMeters()).unsignalledCrossings();
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
