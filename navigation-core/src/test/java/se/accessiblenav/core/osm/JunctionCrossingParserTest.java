package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class JunctionCrossingParserTest {
    private static final RoadsAtNode.Road MAIN_WEST =
            new RoadsAtNode.Road(1, CrossedRoad.QUIET, RoadsAtNode.nameHash("Huvudgatan"));
    private static final RoadsAtNode.Road MAIN_EAST =
            new RoadsAtNode.Road(2, CrossedRoad.QUIET, RoadsAtNode.nameHash("Huvudgatan"));
    private static final RoadsAtNode.Road SIDE =
            new RoadsAtNode.Road(3, CrossedRoad.BUSY, RoadsAtNode.nameHash("Tvärgatan"));

    private static RoadsAtNode tJunction() {
        return new RoadsAtNode(List.of(MAIN_WEST, MAIN_EAST, SIDE), 3, 0);
    }

    @Test
    void sideStreetAtTheEndOfARoadEdge() {
        var road = withNodes(
                way(1, "highway", "residential", "name", "Huvudgatan"), node(), node(RoadsAtNode.TAG, tJunction()));
        // the continuation of the same street (way 2) is not a side street; way 3 is
        assertThat(JunctionCrossingParser.junctionCrossing(new EdgeTags(road))).isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void signalledJunctionIsNotAnUnsignalledCrossing() {
        var road = withNodes(
                way(1, "highway", "residential", "name", "Huvudgatan"),
                node(),
                node("highway", "traffic_signals", RoadsAtNode.TAG, tJunction()));
        assertThat(JunctionCrossingParser.junctionCrossing(new EdgeTags(road))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void twoWaysOfOneStreetMeetingEndToEndIsNoJunction() {
        RoadsAtNode continuation = new RoadsAtNode(List.of(MAIN_WEST, MAIN_EAST), 2, 0);
        var road = withNodes(
                way(1, "highway", "residential", "name", "Huvudgatan"), node(), node(RoadsAtNode.TAG, continuation));
        assertThat(JunctionCrossingParser.junctionCrossing(new EdgeTags(road))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void aWayOfTheSameNameIsASideStreetWhereTheScanFoundThemCrossing() {
        var link = new RoadsAtNode.Road(4, CrossedRoad.QUIET, RoadsAtNode.nameHash("Huvudgatan"));
        var carriageway = new RoadsAtNode.Road(5, CrossedRoad.BUSY, RoadsAtNode.nameHash("Huvudgatan"));
        RoadsAtNode crossed =
                new RoadsAtNode(List.of(link, carriageway), 3, 0, List.of(new RoadsAtNode.SameNameCrossing(5, 4)));
        var road = withNodes(
                way(4, "highway", "residential", "name", "Huvudgatan"), node(), node(RoadsAtNode.TAG, crossed));
        assertThat(JunctionCrossingParser.junctionCrossing(new EdgeTags(road))).isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void footwaysHaveNoImplicitJunctionCrossing() {
        var footway = withNodes(way(9, "highway", "footway"), node(), node(RoadsAtNode.TAG, tJunction()));
        assertThat(JunctionCrossingParser.junctionCrossing(new EdgeTags(footway)))
                .isEqualTo(CrossedRoad.NONE);
    }
}
