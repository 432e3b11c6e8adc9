package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Map;
import java.util.Optional;

/**
 * The busiest road this edge crosses: at a crossing node, on a crossing way, or where a foot way meets
 * a road and continues on the other side without any crossing tag (an untagged crossing).
 */
public final class CrossedRoadParser implements TagParser {
    private final EnumEncodedValue<CrossedRoad> enc;

    public CrossedRoadParser(EnumEncodedValue<CrossedRoad> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setEnum(false, edgeId, edgeIntAccess, crossedRoad(new EdgeTags(way)));
    }

    static CrossedRoad crossedRoad(EdgeTags edge) {
        ReaderWay way = edge.way();
        boolean ownWayIsRoad = CrossedRoad.ofHighway(way.getTag("highway"), way.getTag("service"))
                .isRoad();
        int ownNameHash = ownWayIsRoad ? RoadsAtNode.nameHash(way.getTag("name")) : 0;
        boolean crossingWay = edge.isCrossingEdge();
        CrossedRoad crossed = CrossedRoad.NONE;
        for (int i = 0; i < edge.nodeTags().size(); i++) {
            Optional<RoadsAtNode> roads = edge.roadsAt(i);
            if (roads.isEmpty()) continue;
            Map<String, Object> tags = edge.nodeTags().get(i);
            boolean untaggedCrossing = !ownWayIsRoad && roads.get().footArms() >= 2;
            if (crossingWay || EdgeTags.isCrossingNode(tags) || untaggedCrossing)
                crossed = crossed.max(roads.get().busiestOtherRoad(way.getId(), ownNameHash));
        }
        return crossed;
    }
}
