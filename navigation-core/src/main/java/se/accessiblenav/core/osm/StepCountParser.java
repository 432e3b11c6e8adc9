package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValueImpl;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/** {@code step_count=*} on {@code highway=steps}; 0 when unknown, capped at the encoded maximum. */
public final class StepCountParser implements TagParser {
    public static final String KEY = "step_count";
    private final IntEncodedValue enc;

    public StepCountParser(IntEncodedValue enc) {
        this.enc = enc;
    }

    public static IntEncodedValue create(int bits) {
        return new IntEncodedValueImpl(KEY, bits, false);
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        if (!way.hasTag("highway", "steps")) return;
        String value = way.getTag(KEY);
        if (value == null) return;
        try {
            int count = Integer.parseInt(value.trim());
            if (count > 0) enc.setInt(false, edgeId, edgeIntAccess, Math.min(count, enc.getMaxStorableInt()));
        } catch (NumberFormatException ignored) {
            // "~20" or "many": unknown count, the steps themselves are still known from road_class
        }
    }
}
