package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.util.EdgeIteratorState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.CrossedRoad;

/**
 * The far-side fixture: paths that end at either edge of a busy street without sidewalks, and a long way
 * round across a quiet street. From the south path to the north one, the short walk leaves the street on
 * its other edge (a busy crossing).
 */
class FarSideJoinTest {
    private static final OdPair SOUTH_TO_NORTH = new OdPair(51.9995, 13.001, 52.0005, 13.002);

    @TempDir
    static Path cacheDir;

    static FixtureSearch map;

    @BeforeAll
    static void open() {
        map = FixtureSearch.open("/osm/far-side.osm", cacheDir);
    }

    @AfterAll
    static void close() {
        map.close();
    }

    private static RouteSafety searched(FewestCrossings.Objective objective) {
        OdPair p = SOUTH_TO_NORTH;
        FewestCrossings.Walk walk = map.fewest()
                .walk(p.fromLat(), p.fromLon(), p.toLat(), p.toLon(), objective)
                .orElseThrow();
        return map.counter().count(walk.points(), walk.lengthMeters());
    }

    private static GHResponse route(SafetyComparison.Variant variant) {
        GHResponse response = map.router().route(SafetyComparison.request(SOUTH_TO_NORTH, variant));
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    private static RouteSafety counted(com.graphhopper.ResponsePath path) {
        return map.counter().count(path.getPoints(), path.getDistance());
    }

    @Test
    void aPathEndingBesideTheBusyStreetJoinsIt() {
        GraphHopper hopper = map.router().graphHopper();
        EdgeIteratorState northPath = hopper.getLocationIndex()
                .findClosest(52.00025, 13.002, edge -> true)
                .getClosestEdge();
        assertThat(northPath.get(hopper.getEncodingManager()
                        .getEnumEncodedValue(CrossedRoad.JOINED_ROAD_KEY, CrossedRoad.class)))
                .isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void fewestCrossingsTakesTheShortWalkAcrossTheBusyStreet() {
        RouteSafety walk = searched(FewestCrossings.Objective.CROSSINGS);
        // one crossing either way: the shorter walk wins, and it crosses Main
        assertThat(walk.unsignalledBusyCrossings()).isEqualTo(1);
        assertThat(walk.unsignalledCrossings()).isEqualTo(1);
    }

    @Test
    void busyCrossingsFirstGoesRoundAcrossTheQuietStreet() {
        RouteSafety walk = searched(FewestCrossings.Objective.BUSY_CROSSINGS_FIRST);
        assertThat(walk.unsignalledBusyCrossings()).isZero();
        assertThat(walk.unsignalledQuietCrossings()).isEqualTo(1);
        assertThat(walk.lengthMeters()).isGreaterThan(500);
    }

    @Test
    void blindCaneGoesRoundWhereTheShortWalkLeavesTheStreetOnItsFarEdge() {
        GHResponse safest = route(SafetyComparison.Variant.unbounded("blind_cane"));
        assertThat(counted(safest.getBest()).unsignalledBusyCrossings()).isZero();
    }

    @Test
    void theWayRoundIsMoreThanTheDetourBoundSoTheAnswerOffersItSecond() {
        GHResponse response = route(new SafetyComparison.Variant("blind_cane", "blind_cane", null));
        assertThat(response.getAll()).hasSize(2);
        assertThat(counted(response.getAll().get(0)).unsignalledBusyCrossings()).isEqualTo(1);
        assertThat(counted(response.getAll().get(1)).unsignalledBusyCrossings()).isZero();
    }
}
