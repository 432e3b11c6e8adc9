package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.util.PointList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counting on the road-sides fixture: a busy street "Main" without sidewalks and paths on both sides. */
class CrossingCounterTest {
    static FixtureCount map;
    static CrossingCounter counter;

    @BeforeAll
    static void readFixture() {
        map = FixtureCount.read("/osm/road-sides.osm");
        counter = map.counter();
    }

    static PointList route(long... nodes) {
        return map.route(nodes);
    }

    static RouteSafety count(long... nodes) {
        return map.count(nodes);
    }

    @Test
    void aPathThroughAStreetCrossesIt() {
        assertThat(count(12, 2, 23, 22).unsignalledBusyCrossings()).isEqualTo(1);
    }

    @Test
    void eachUnsignalledCrossingIsCountedWhereItIs() {
        assertThat(count(12, 2, 23, 22).unsignalledByPlace()).containsEntry(CrossingPlace.UNTAGGED, 1);
        assertThat(count(15, 5, 25).unsignalledByPlace()).containsEntry(CrossingPlace.MAPPED, 1);
        assertThat(count(11, 1, 2, 23).unsignalledByPlace()).containsEntry(CrossingPlace.FAR_SIDE_EXIT, 1);
        assertThat(count(11, 1, 2, 3, 31).unsignalledByPlace()).containsEntry(CrossingPlace.TURN_ACROSS, 1);
        RouteSafety pastSide = count(21, 1, 2, 3, 4, 5);
        assertThat(pastSide.unsignalledQuietCrossings()).isEqualTo(1);
        assertThat(pastSide.unsignalledByPlace()).containsEntry(CrossingPlace.PAST_SIDE_STREET, 1);
        for (RouteSafety route :
                List.of(count(12, 2, 23, 22), count(15, 5, 25), count(11, 1, 2, 23), count(11, 1, 2, 3, 31), pastSide))
            assertThat(route.unsignalledByPlace().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(route.unsignalledCrossings())
                    .isEqualTo(1);
    }

    @Test
    void aWayNodeLeftOutOfTheRouteStillFindsTheWay() {
        // GraphHopper leaves m2 (23) out of the geometry: 2 and 22 are not neighbours on the path
        assertThat(count(12, 2, 22).unsignalledBusyCrossings()).isEqualTo(1);
    }

    @Test
    void leavingTheStreetOnTheOtherSideCrossesIt() {
        // in from the north path at a1, along Main, out to the south path at a2
        assertThat(count(11, 1, 2, 23).unsignalledBusyCrossings()).isEqualTo(1);
        // in from the south: same side, nothing crossed
        assertThat(count(21, 1, 2, 23).unsignalledCrossings()).isZero();
        // in from the north, out to the north
        assertThat(count(11, 1, 2, 12).unsignalledCrossings()).isZero();
    }

    @Test
    void turningIntoAStreetOnTheOtherSideCrossesTheStreetLeft() {
        // from the north edge of Main, turning right into Side (south) crosses Main
        RouteSafety fromNorth = count(11, 1, 2, 3, 31);
        assertThat(fromNorth.unsignalledBusyCrossings()).isEqualTo(1);
        assertThat(fromNorth.unsignalledQuietCrossings()).isZero();
        // from the south edge, the same turn crosses nothing
        assertThat(count(21, 1, 2, 3, 31).unsignalledCrossings()).isZero();
    }

    @Test
    void aWalkThatStartsOnTheStreetTakesTheEdgeThatNeedsNoCrossing() {
        PointList fromTheMiddle = new PointList(4, false);
        fromTheMiddle.add(52.0000, 13.00070); // a point on Main, not a way node
        fromTheMiddle.add(route(2, 23, 22));
        assertThat(counter.count(fromTheMiddle, 0).unsignalledCrossings()).isZero();
        fromTheMiddle = new PointList(4, false);
        fromTheMiddle.add(52.0000, 13.00070);
        fromTheMiddle.add(route(2, 3, 31));
        assertThat(counter.count(fromTheMiddle, 0).unsignalledCrossings()).isZero();
    }

    @Test
    void stretchesWalkedOneAfterAnotherCountWhatTheWholeRouteCounts() {
        // the search walks a route edge by edge: the last two points of one piece start the next
        CrossingCounter.Stretch first = counter.stretch(route(11, 1, 2), CrossingCounter.Side.EITHER);
        CrossingCounter.Stretch second = counter.stretch(route(1, 2, 3, 31), first.side());
        assertThat(first.side()).isEqualTo(CrossingCounter.Side.LEFT);
        assertThat(first.unsignalledCrossings() + second.unsignalledCrossings())
                .isEqualTo(count(11, 1, 2, 3, 31).unsignalledCrossings())
                .isEqualTo(1);
    }
}
