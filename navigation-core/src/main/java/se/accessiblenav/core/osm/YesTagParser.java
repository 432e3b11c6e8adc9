package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A yes/no attribute read from the way and from its crossing-relevant nodes: one of {@code keys} with
 * one of {@code yesValues} makes the edge true. Used for acoustic and vibrating signals, push buttons,
 * handrails and lighting, which differ only in their keys and values.
 */
public final class YesTagParser implements TagParser {
    private final BooleanEncodedValue enc;
    private final List<String> keys;
    private final Set<String> yesValues;

    public YesTagParser(BooleanEncodedValue enc, List<String> keys, Set<String> yesValues) {
        this.enc = enc;
        this.keys = List.copyOf(keys);
        this.yesValues = Set.copyOf(yesValues);
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setBool(false, edgeId, edgeIntAccess, isYes(new EdgeTags(way)));
    }

    private boolean isYes(EdgeTags edge) {
        for (Map<String, Object> tags : edge.crossingAttributeSources())
            for (String key : keys) if (tags.get(key) instanceof String value && yesValues.contains(value)) return true;
        return false;
    }
}
