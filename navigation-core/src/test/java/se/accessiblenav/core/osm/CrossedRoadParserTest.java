package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossedRoadParserTest {
    private static final RoadsAtNode.Road STORGATAN =
            new RoadsAtNode.Road(100, CrossedRoad.BUSY, RoadsAtNode.nameHash("Storgatan"));
    private static final RoadsAtNode.Road LILLGATAN =
            new RoadsAtNode.Road(105, CrossedRoad.QUIET, RoadsAtNode.nameHash("Lillgatan"));

    @Test
    void crossingWayOverABusyRoad() {
        var crossing = withNodes(
                way(103, "highway", "footway", "footway", "crossing"),
                node(),
                node("highway", "crossing", RoadsAtNode.TAG, roads(STORGATAN)));
        assertThat(CrossedRoadParser.crossedRoad(new EdgeTags(crossing))).isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void walkingAlongTheRoadThroughItsOwnCrossingNodeCrossesNothing() {
        var road = withNodes(
                way(100, "highway", "primary", "name", "Storgatan"),
                node(),
                node("highway", "crossing", RoadsAtNode.TAG, roads(STORGATAN)),
                node());
        assertThat(CrossedRoadParser.crossedRoad(new EdgeTags(road))).isEqualTo(CrossedRoad.NONE);
    }

    @Test
    void untaggedPathThroughARoadNodeIsACrossing() {
        RoadsAtNode lillgatanWithPath = new RoadsAtNode(List.of(LILLGATAN), 2, 2);
        var path = withNodes(way(109, "highway", "footway"), node(), node(RoadsAtNode.TAG, lillgatanWithPath));
        assertThat(CrossedRoadParser.crossedRoad(new EdgeTags(path))).isEqualTo(CrossedRoad.QUIET);
    }

    @Test
    void pathEndingAtARoadJustJoinsIt() {
        RoadsAtNode lillgatanWithPathEnd = new RoadsAtNode(List.of(LILLGATAN), 2, 1);
        var path = withNodes(way(109, "highway", "footway"), node(), node(RoadsAtNode.TAG, lillgatanWithPathEnd));
        assertThat(CrossedRoadParser.crossedRoad(new EdgeTags(path))).isEqualTo(CrossedRoad.NONE);
    }
}
