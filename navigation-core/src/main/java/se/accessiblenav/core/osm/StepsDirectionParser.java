package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/**
 * {@code incline=up|down} (or a signed number, {@code 30%}, {@code -20°}) on {@code highway=steps}: up or
 * down in the way's direction, and the opposite against it. Without {@code incline}: unknown.
 */
public final class StepsDirectionParser implements TagParser {
    private final EnumEncodedValue<StepsDirection> enc;

    public StepsDirectionParser(EnumEncodedValue<StepsDirection> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        if (!way.hasTag("highway", "steps")) return;
        StepsDirection forward = parse(way.getTag("incline"));
        enc.setEnum(false, edgeId, edgeIntAccess, forward);
        enc.setEnum(true, edgeId, edgeIntAccess, forward.reverse());
    }

    static StepsDirection parse(String incline) {
        if (incline == null) return StepsDirection.UNKNOWN;
        String value = incline.trim();
        if (value.equals("up")) return StepsDirection.UP;
        if (value.equals("down")) return StepsDirection.DOWN;
        String number = value.replace("%", "").replace("°", "").trim();
        try {
            double slope = Double.parseDouble(number);
            return slope > 0 ? StepsDirection.UP : slope < 0 ? StepsDirection.DOWN : StepsDirection.UNKNOWN;
        } catch (NumberFormatException e) {
            return StepsDirection.UNKNOWN;
        }
    }
}
