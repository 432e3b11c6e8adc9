package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/**
 * The implicit crossing: a walker who follows a road without a separately mapped sidewalk crosses every
 * side street at its junction, tagged or not. For a road edge, the busiest side street at either end
 * that has neither traffic signals nor a mapped crossing of its own.
 */
public final class JunctionCrossingParser implements TagParser {
    private final EnumEncodedValue<CrossedRoad> enc;

    public JunctionCrossingParser(EnumEncodedValue<CrossedRoad> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setEnum(false, edgeId, edgeIntAccess, junctionCrossing(new EdgeTags(way)));
    }

    static CrossedRoad junctionCrossing(EdgeTags edge) {
        ReaderWay way = edge.way();
        if (!CrossedRoad.ofHighway(way.getTag("highway"), way.getTag("service")).isRoad()) return CrossedRoad.NONE;
        int ownNameHash = RoadsAtNode.nameHash(way.getTag("name"));
        CrossedRoad crossed = CrossedRoad.NONE;
        for (RoadsAtNode roads : edge.roadsAtEndsWithoutCrossing())
            if (roads.isRoadJunction()) crossed = crossed.max(roads.busiestOtherRoad(way.getId(), ownNameHash));
        return crossed;
    }
}
