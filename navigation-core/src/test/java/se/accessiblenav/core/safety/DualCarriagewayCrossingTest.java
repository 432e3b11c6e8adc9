package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A way with the name of the street a walker follows is that street, not a side street, only where it
 * runs along the walk: on the dual-carriageway fixture, the link between the carriageways has the
 * street's name, yet a walker taking it from one side street to the other crosses both carriageways.
 */
class DualCarriagewayCrossingTest {
    private static FixtureCount map;

    @BeforeAll
    static void readFixture() {
        map = FixtureCount.read("/osm/dual-carriageway.osm");
    }

    private static RouteSafety count(long... nodes) {
        return map.count(nodes);
    }

    @Test
    void crossingBothCarriagewaysOnTheLinkBetweenThemCrossesTheBusyStreetTwice() {
        RouteSafety across = count(30, 2, 12, 40);
        assertThat(across.unsignalledBusyCrossings()).isEqualTo(2);
        assertThat(across.unsignalledByPlace()).containsEntry(CrossingPlace.PAST_SIDE_STREET, 2);
    }

    @Test
    void theOtherCarriagewayJoiningTheStreetAWalkerFollowsIsNoSideStreet() {
        assertThat(count(2, 3, 20, 21).unsignalledCrossings()).isZero();
    }
}
