package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.util.parsers.TagParser;
import com.graphhopper.storage.IntsRef;
import java.util.Set;

/**
 * A foot and cycle path: a cycleway walkers may use, or a footway or path signed for bicycles. Unknown
 * segregation counts as not segregated, the safe assumption for someone who cannot see a cyclist.
 */
public final class SharedPathParser implements TagParser {
    private static final Set<String> ALLOWED = Set.of("yes", "designated", "permissive");
    private final EnumEncodedValue<SharedPath> enc;

    public SharedPathParser(EnumEncodedValue<SharedPath> enc) {
        this.enc = enc;
    }

    @Override
    public void handleWayTags(int edgeId, EdgeIntAccess edgeIntAccess, ReaderWay way, IntsRef relationFlags) {
        enc.setEnum(false, edgeId, edgeIntAccess, sharingOf(way));
    }

    static SharedPath sharingOf(ReaderWay way) {
        String highway = way.getTag("highway");
        boolean shared = ("cycleway".equals(highway) && way.hasTag("foot", ALLOWED))
                || (("footway".equals(highway) || "path".equals(highway) || "pedestrian".equals(highway))
                        && "designated".equals(way.getTag("bicycle")))
                || ("path".equals(highway)
                        && "designated".equals(way.getTag("foot"))
                        && "yes".equals(way.getTag("bicycle")));
        if (!shared) return SharedPath.NO;
        return way.hasTag("segregated", "yes") ? SharedPath.SEGREGATED : SharedPath.NOT_SEGREGATED;
    }
}
