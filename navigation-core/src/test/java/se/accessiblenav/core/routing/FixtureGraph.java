package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import java.net.URISyntaxException;
import java.nio.file.Path;
import se.accessiblenav.core.osm.CrossedRoad;

/** The hand-made fixture map and helpers to look at its edges. */
final class FixtureGraph {
    private FixtureGraph() {}

    static Path osmFile() {
        return osmFile("crossings.osm");
    }

    /** A fixture from {@code src/test/resources/osm}. */
    static Path osmFile(String name) {
        try {
            return Path.of(FixtureGraph.class.getResource("/osm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RouterSettings settings(Path cacheDir) {
        return settings("crossings.osm", cacheDir);
    }

    /** A tiny fixture map: two landmarks, and no island is dropped. */
    static RouterSettings settings(String fixture, Path cacheDir) {
        return new RouterSettings(osmFile(fixture), cacheDir, 2, 0);
    }

    /** The edge nearest to a point chosen in the middle of it. */
    static EdgeIteratorState edgeNear(GraphHopper hopper, double lat, double lon) {
        Snap snap = hopper.getLocationIndex().findClosest(lat, lon, EdgeFilter.ALL_EDGES);
        if (!snap.isValid()) throw new AssertionError("no edge near " + lat + "," + lon);
        return snap.getClosestEdge();
    }

    /** The {@code junction_crossing} of the edge nearest to a point in the middle of it. */
    static CrossedRoad junctionCrossingNear(GraphHopper hopper, double lat, double lon) {
        return edgeNear(hopper, lat, lon)
                .get(hopper.getEncodingManager()
                        .getEnumEncodedValue(CrossedRoad.JUNCTION_CROSSING_KEY, CrossedRoad.class));
    }
}
