package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces GraphHopper's crossing parser, which reads nodes only and does not know regional values.
 * This one also reads crossing ways ({@code footway=crossing} + {@code crossing=*}), treats
 * {@code crossing=zebra} and {@code crossing_ref=zebra} as marked, {@code crossing=controlled} and a
 * {@code highway=traffic_signals} node on a crossing as signalised, and keeps the safest kind found.
 */
public final class CrossingTypeParser implements TagParser {
    private final EnumEncodedValue<Crossing> enc;

    public CrossingTypeParser(EnumEncodedValue<Crossing> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        EdgeTags edge = new EdgeTags(way);
        boolean crossingEdge = edge.isCrossingEdge();
        List<Map<String, Object>> sources = new ArrayList<>(edge.nodeTags());
        sources.add(way.getTags());
        Crossing best = Crossing.MISSING;
        for (Map<String, Object> tags : sources) {
            Crossing kind = kindOf(tags, crossingEdge);
            if (rank(kind) > rank(best)) best = kind;
        }
        enc.setEnum(false, edgeId, edgeIntAccess, best);
    }

    static Crossing kindOf(Map<String, Object> tags, boolean onCrossingEdge) {
        Object railway = tags.get("railway");
        if ("crossing".equals(railway) || "level_crossing".equals(railway)) {
            Object barrier = tags.get("crossing:barrier");
            return barrier == null || "no".equals(barrier) ? Crossing.RAILWAY : Crossing.RAILWAY_BARRIER;
        }
        Object crossing = tags.get("crossing");
        if ("yes".equals(tags.get("crossing:signals"))
                || "traffic_signals".equals(crossing)
                || "controlled".equals(crossing)
                || (onCrossingEdge && "traffic_signals".equals(tags.get("highway")))) return Crossing.TRAFFIC_SIGNALS;
        Object markings = tags.get("crossing:markings");
        if ("zebra".equals(crossing)
                || "marked".equals(crossing)
                || "zebra".equals(tags.get("crossing_ref"))
                || (markings != null && !"no".equals(markings))) return Crossing.MARKED;
        if ("uncontrolled".equals(crossing)) return Crossing.UNCONTROLLED;
        if ("no".equals(crossing)) return Crossing.NO;
        if ("unmarked".equals(crossing)
                || "informal".equals(crossing)
                || "no".equals(markings)
                || "crossing".equals(tags.get("highway"))
                || "crossing".equals(tags.get("footway"))
                || "crossing".equals(tags.get("cycleway"))) return Crossing.UNMARKED;
        return Crossing.MISSING;
    }

    /** Higher is more informative and safer: a signal beats a marking beats nothing. */
    private static int rank(Crossing kind) {
        return switch (kind) {
            case MISSING -> 0;
            case NO -> 1;
            case UNMARKED -> 2;
            case UNCONTROLLED -> 3;
            case MARKED -> 4;
            case RAILWAY -> 5;
            case RAILWAY_BARRIER -> 6;
            case TRAFFIC_SIGNALS -> 7;
        };
    }
}
