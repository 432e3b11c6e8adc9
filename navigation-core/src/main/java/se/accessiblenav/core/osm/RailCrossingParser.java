package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Map;

/** {@code rail_crossing}: the tracks crossed at the edge's nodes (tracks of unknown kind beat tram tracks). */
public final class RailCrossingParser implements TagParser {
    private final EnumEncodedValue<RailCrossing> enc;

    public RailCrossingParser(EnumEncodedValue<RailCrossing> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        RailCrossing crossed = RailCrossing.NONE;
        for (Map<String, Object> tags : new EdgeTags(way).nodeTags()) {
            RailCrossing here = RailCrossing.ofRailwayTag(tags.get("railway"));
            if (here.ordinal() > crossed.ordinal()) crossed = here;
        }
        enc.setEnum(false, edgeId, edgeIntAccess, crossed);
    }
}
