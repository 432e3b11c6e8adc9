package se.accessiblenav.core.routing;

import java.util.Optional;
import se.accessiblenav.core.guidance.StreetLookup;
import se.accessiblenav.core.osm.StreetSegmentGrid;

/**
 * Finds the crossed street: the nearest named road with cars within 20 m that runs across the walker's
 * direction, from the grid of named street segments (GraphHopper's location index has 300 m tiles:
 * hundreds of edges per query).
 */
final class GraphStreetLookup implements StreetLookup {
    static final double SEARCH_METERS = 20;
    private static final double MIN_CROSSING_ANGLE = 45;

    private final StreetSegmentGrid grid;

    GraphStreetLookup(StreetSegmentGrid grid) {
        this.grid = grid;
    }

    @Override
    public Optional<String> findCrossedStreet(double lat, double lon, double walkingBearing) {
        return grid.findNearest(
                lat, lon, walkingBearing, StreetSegmentGrid.Orientation.ACROSS, MIN_CROSSING_ANGLE, SEARCH_METERS);
    }
}
