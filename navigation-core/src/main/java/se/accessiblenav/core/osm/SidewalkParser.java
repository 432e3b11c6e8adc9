package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;

/** {@code sidewalk=*} and {@code sidewalk:left|right|both=*} on roads. */
public final class SidewalkParser implements TagParser {
    private final EnumEncodedValue<Sidewalk> enc;

    public SidewalkParser(EnumEncodedValue<Sidewalk> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setEnum(false, edgeId, edgeIntAccess, sidewalkOf(way));
    }

    static Sidewalk sidewalkOf(ReaderWay way) {
        String both = way.getTag("sidewalk:both");
        String plain = way.getTag("sidewalk");
        String value = both != null ? both : plain;
        if (value != null) {
            switch (value) {
                case "both", "yes" -> {
                    return Sidewalk.BOTH;
                }
                case "left" -> {
                    return Sidewalk.LEFT;
                }
                case "right" -> {
                    return Sidewalk.RIGHT;
                }
                case "separate" -> {
                    return Sidewalk.SEPARATE;
                }
                case "no", "none" -> {
                    return Sidewalk.NO;
                }
                default -> {
                    // fall through to the per-side tags
                }
            }
        }
        String left = way.getTag("sidewalk:left");
        String right = way.getTag("sidewalk:right");
        if (left == null && right == null) return Sidewalk.MISSING;
        if ("separate".equals(left) || "separate".equals(right)) return Sidewalk.SEPARATE;
        boolean hasLeft = "yes".equals(left);
        boolean hasRight = "yes".equals(right);
        if (hasLeft && hasRight) return Sidewalk.BOTH;
        if (hasLeft) return Sidewalk.LEFT;
        if (hasRight) return Sidewalk.RIGHT;
        return Sidewalk.NO;
    }
}
