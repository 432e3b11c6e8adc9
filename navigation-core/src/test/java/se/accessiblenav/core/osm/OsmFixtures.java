package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.ArrayEdgeIntAccess;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds ways and node tags the way GraphHopper hands them to a tag parser. */
final class OsmFixtures {
    static final int EDGE = 0;

    private OsmFixtures() {}

    static ReaderWay way(long id, String... keyValues) {
        ReaderWay way = new ReaderWay(id);
        for (int i = 0; i < keyValues.length; i += 2) way.setTag(keyValues[i], keyValues[i + 1]);
        way.setTag("node_tags", new ArrayList<Map<String, Object>>(List.of(Map.of(), Map.of())));
        return way;
    }

    /** A point's tags; a {@link RoadsAtNode} value of {@link RoadsAtNode#TAG} is the roads through it. */
    static Map<String, Object> node(Object... keyValues) {
        Map<String, Object> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) tags.put((String) keyValues[i], keyValues[i + 1]);
        return tags;
    }

    /**
     * Sets the tags of the edge's points, first and last being its end nodes. Roads through a point travel
     * as the reader sends them: the point refers to its node id, the way carries the roads.
     */
    @SafeVarargs
    static ReaderWay withNodes(ReaderWay way, Map<String, Object>... points) {
        Map<Long, RoadsAtNode> roadsByNode = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            if (points[i].get(RoadsAtNode.TAG) instanceof RoadsAtNode roads) {
                long nodeId = 1000L + i;
                roadsByNode.put(nodeId, roads);
                points[i].put(RoadsAtNode.TAG, nodeId);
            }
        }
        way.setTag(RoadsAtNode.WAY_TAG, roadsByNode);
        way.setTag("node_tags", new ArrayList<>(List.of(points)));
        return way;
    }

    static EdgeIntAccess storageFor(EncodedValue... values) {
        EncodedValue.InitializerConfig config = new EncodedValue.InitializerConfig();
        for (EncodedValue value : values) value.init(config);
        return new ArrayEdgeIntAccess(4);
    }

    static void parse(TagParser parser, EdgeIntAccess access, ReaderWay way) {
        parser.handleWayTags(EDGE, access, way, IntsRef.EMPTY);
    }

    static RoadsAtNode roads(RoadsAtNode.Road... roads) {
        int arms = roads.length * 2;
        return new RoadsAtNode(List.of(roads), arms, 0);
    }
}
