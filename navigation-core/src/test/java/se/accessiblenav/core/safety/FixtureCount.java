package se.accessiblenav.core.safety;

import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** A hand-made fixture map read for counting, with routes given as the fixture's node ids. */
record FixtureCount(OsmWalkIndex osm, CrossingCounter counter) {
    static FixtureCount read(String resource) {
        try {
            Path fixture = Path.of(FixtureCount.class.getResource(resource).toURI());
            OsmWalkIndex osm = OsmWalkIndex.read(fixture.toFile());
            return new FixtureCount(osm, new CrossingCounter(osm));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The points of the fixture's nodes, in this order. */
    PointList route(long... nodeIds) {
        PointList points = new PointList(nodeIds.length, false);
        for (long id : nodeIds) {
            GHPoint point = osm.coordinatesOf(id)
                    .orElseThrow(() -> new IllegalArgumentException("no way node " + id + " in the fixture"));
            points.add(point.getLat(), point.getLon());
        }
        return points;
    }

    /** What a walk through the fixture's nodes, in this order, meets. */
    RouteSafety count(long... nodeIds) {
        return counter.count(route(nodeIds), 0);
    }
}
