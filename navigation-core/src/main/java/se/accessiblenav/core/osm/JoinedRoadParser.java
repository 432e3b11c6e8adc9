package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/**
 * Where a foot way ends at the side of a road that goes on past it, away from any crossing. A walker
 * who comes along that road on its other edge must cross it here to take the foot way, and one who
 * takes the foot way to the road and walks on may have to cross it at the next foot way. A walker's
 * edge of the road is not known to an edge's cost, so this marks the join itself: for a foot-way edge,
 * the busiest road it joins so at either end.
 */
public final class JoinedRoadParser implements TagParser {
    private final EnumEncodedValue<CrossedRoad> enc;

    public JoinedRoadParser(EnumEncodedValue<CrossedRoad> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setEnum(false, edgeId, edgeIntAccess, joinedRoad(new EdgeTags(way)));
    }

    static CrossedRoad joinedRoad(EdgeTags edge) {
        ReaderWay way = edge.way();
        if (CrossedRoad.ofHighway(way.getTag("highway"), way.getTag("service")).isRoad()) return CrossedRoad.NONE;
        if (edge.isCrossingEdge()) return CrossedRoad.NONE;
        CrossedRoad joined = CrossedRoad.NONE;
        for (RoadsAtNode roads : edge.roadsAtEndsWithoutCrossing()) {
            // two foot arms: the foot way goes on across the road (an untagged crossing, crossed_road)
            // one road arm: the road ends here and the foot way continues it, there is no other edge
            if (roads.footArms() >= 2 || roads.roadArms() < 2) continue;
            joined = joined.max(roads.busiestOtherRoad(way.getId(), 0));
        }
        return joined;
    }
}
