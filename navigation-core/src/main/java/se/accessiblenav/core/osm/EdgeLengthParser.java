package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValueImpl;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/**
 * The edge's length in whole metres (rounded, capped at 1023 m), so profiles can give a crossing a fixed
 * cost in metres of detour: a priority multiplies the whole edge, and without the length the same
 * crossing would cost ten times more on a 50 m edge than on a 5 m one. GraphHopper 11 does not allow
 * {@code edge.getDistance()} in priority conditions.
 */
public final class EdgeLengthParser implements TagParser {
    public static final String KEY = "edge_length";
    /** Up to 1023 m: longer foot-way edges are rare, and a crossing on one costs a little more. */
    public static final int DEFAULT_BITS = 10;

    private final IntEncodedValue enc;

    public EdgeLengthParser(IntEncodedValue enc) {
        this.enc = enc;
    }

    public static IntEncodedValue create(int bits) {
        return new IntEncodedValueImpl(KEY, bits, false);
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        Object distance = way.getTag("edge_distance", null);
        if (!(distance instanceof Double metres)) return;
        enc.setInt(false, edgeId, edgeIntAccess, (int) Math.min(Math.round(metres), enc.getMaxStorableInt()));
    }
}
