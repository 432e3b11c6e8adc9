package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedRoadParserTest {
    private static final RoadsAtNode.Road MAIN =
            new RoadsAtNode.Road(1, CrossedRoad.BUSY, RoadsAtNode.nameHash("Huvudgatan"));

    /** Main passing through the node (two road arms) and {@code footArms} foot-way arms. */
    private static RoadsAtNode mainPassing(int footArms) {
        return new RoadsAtNode(List.of(MAIN), 2, footArms);
    }

    @Test
    void aPathEndingBesideAPassingRoadJoinsIt() {
        var path = withNodes(way(9, "highway", "footway"), node(), node(RoadsAtNode.TAG, mainPassing(1)));
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(path))).isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void aPathThatGoesOnAcrossTheRoadCrossesItInstead() {
        // the untagged crossing of crossed_road: two foot arms at the road node
        var path = withNodes(way(9, "highway", "footway"), node(), node(RoadsAtNode.TAG, mainPassing(2)));
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(path))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void aPathThatContinuesARoadPastItsEndJoinsNoSide() {
        RoadsAtNode roadEnds = new RoadsAtNode(List.of(MAIN), 1, 1);
        var path = withNodes(way(9, "highway", "footway"), node(RoadsAtNode.TAG, roadEnds), node());
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(path))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void aPathEndingAtAMappedCrossingOrSignalsJoinsNothing() {
        var atCrossing = withNodes(
                way(9, "highway", "footway"), node(), node("highway", "crossing", RoadsAtNode.TAG, mainPassing(1)));
        var atSignals = withNodes(
                way(9, "highway", "footway"),
                node(),
                node("highway", "traffic_signals", RoadsAtNode.TAG, mainPassing(1)));
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(atCrossing))).isEqualTo(CrossedRoad.NONE);
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(atSignals))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void roadsThemselvesJoinNothing() {
        var side = withNodes(
                way(3, "highway", "residential", "name", "Tvärgatan"), node(), node(RoadsAtNode.TAG, mainPassing(1)));
        assertThat(JoinedRoadParser.joinedRoad(new EdgeTags(side))).isEqualTo(CrossedRoad.NONE);
    }
}
