package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Map;
import java.util.Set;

/** {@code tactile_paving=*} on ways, crossing nodes and kerb nodes. Any "yes" wins over a "no". */
public final class TactilePavingParser implements TagParser {
    // "incorrect" paving misleads a cane user; "contrast" and "primitive" are still detectable.
    private static final Set<String> PRESENT = Set.of("yes", "contrast", "primitive", "partial");
    private static final Set<String> ABSENT = Set.of("no", "incorrect");
    private final EnumEncodedValue<TactilePaving> enc;

    public TactilePavingParser(EnumEncodedValue<TactilePaving> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        TactilePaving result = TactilePaving.MISSING;
        for (Map<String, Object> tags : new EdgeTags(way).crossingAttributeSources()) {
            if (!(tags.get(TactilePaving.KEY) instanceof String value)) continue;
            if (PRESENT.contains(value)) {
                result = TactilePaving.YES;
                break;
            }
            if (ABSENT.contains(value)) result = TactilePaving.NO;
        }
        enc.setEnum(false, edgeId, edgeIntAccess, result);
    }
}
