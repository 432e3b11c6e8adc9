package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.util.PointList;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A way with the name of the street a walker follows is that street, not a side street, only where it
 * runs along the walk: on the dual-carriageway fixture, the link between the carriageways has the
 * street's name, yet a walker taking it from one side street to the other crosses both carriageways.
 */
class DualCarriagewayCrossingTest {
    private static final Map<Integer, double[]> NODES = Map.of(
            2, new double[] {52.0010, 13.0010},
            3, new double[] {52.0020, 13.0010},
            12, new double[] {52.0010, 13.0000},
            20, new double[] {52.0030, 13.0005},
            21, new double[] {52.0040, 13.0005},
            30, new double[] {52.0010, 13.0025},
            40, new double[] {52.0010, 12.9985});

    private static CrossingCounter counter;

    @BeforeAll
    static void readFixture() throws URISyntaxException {
        Path fixture = Path.of(DualCarriagewayCrossingTest.class
                .getResource("/osm/dual-carriageway.osm")
                .toURI());
        counter = new CrossingCounter(OsmWalkIndex.read(fixture.toFile()));
    }

    private static RouteSafety count(int... nodes) {
        PointList points = new PointList(nodes.length, false);
        for (int node : nodes) points.add(NODES.get(node)[0], NODES.get(node)[1]);
        return counter.count(points, 0);
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
