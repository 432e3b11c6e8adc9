package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Map;

/**
 * A refuge island on the crossing: {@code crossing:island=yes} or {@code traffic_calming=island} on the
 * crossing, or a way mapped as {@code footway=traffic_island}.
 */
public final class CrossingIslandParser implements TagParser {
    public static final String KEY = "crossing_island";
    private final BooleanEncodedValue enc;

    public CrossingIslandParser(BooleanEncodedValue enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        boolean island = way.hasTag("footway", "traffic_island");
        for (Map<String, Object> tags : new EdgeTags(way).crossingAttributeSources()) {
            if (EdgeTags.isYes(tags.get("crossing:island")) || "island".equals(tags.get("traffic_calming")))
                island = true;
        }
        enc.setBool(false, edgeId, edgeIntAccess, island);
    }
}
