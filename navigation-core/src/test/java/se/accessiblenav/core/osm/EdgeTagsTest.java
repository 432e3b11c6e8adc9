package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.accessiblenav.core.osm.OsmFixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EdgeTagsTest {
    private static final RoadsAtNode.Road MAIN = new RoadsAtNode.Road(1, CrossedRoad.BUSY, 0);

    @Test
    void roadsTravelOnTheWayWhateverTheirNumber() {
        List<RoadsAtNode.Road> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) many.add(new RoadsAtNode.Road(1_234_567_890_000L + i, CrossedRoad.QUIET, i));
        var way = withNodes(way(9, "highway", "footway"), node(), node(RoadsAtNode.TAG, new RoadsAtNode(many, 80, 1)));
        assertThat(new EdgeTags(way).roadsAt(1).orElseThrow().roads()).hasSize(40);
        assertThat(new EdgeTags(way).roadsAt(0)).isEmpty();
    }

    @Test
    void aNodeReferringToRoadsItsWayDoesNotCarryFailsNamingTheNode() {
        var way = withNodes(way(9, "highway", "footway"), node(), node(RoadsAtNode.TAG, roads(MAIN)));
        way.setTag(RoadsAtNode.WAY_TAG, Map.of());
        assertThatThrownBy(() -> new EdgeTags(way).roadsAt(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OSM node 1001")
                .hasMessageContaining("way 9");
    }
}
