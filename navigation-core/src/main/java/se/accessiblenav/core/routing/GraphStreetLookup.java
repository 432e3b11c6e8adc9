package se.accessiblenav.core.routing;

import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.accessiblenav.core.guidance.StreetLookup;
import se.accessiblenav.core.osm.StreetSegmentGrid;

/**
 * Finds the crossed street: the nearest named road with cars within 15 m that runs across the walker's
 * direction. The named street edges are put in a grid once, when the router opens, so that each lookup
 * reads one cell (GraphHopper's location index has 300 m tiles: hundreds of edges per query).
 */
final class GraphStreetLookup implements StreetLookup {
    static final double SEARCH_METERS = 15;
    private static final double MIN_CROSSING_ANGLE = 45;
    private static final Set<RoadClass> STREETS = EnumSet.of(
            RoadClass.MOTORWAY,
            RoadClass.TRUNK,
            RoadClass.PRIMARY,
            RoadClass.SECONDARY,
            RoadClass.TERTIARY,
            RoadClass.RESIDENTIAL,
            RoadClass.UNCLASSIFIED,
            RoadClass.SERVICE,
            RoadClass.ROAD,
            RoadClass.LIVING_STREET,
            RoadClass.BUSWAY);

    private final StreetSegmentGrid grid = new StreetSegmentGrid();

    GraphStreetLookup(BaseGraph graph, EnumEncodedValue<RoadClass> roadClass) {
        AllEdgesIterator edge = graph.getAllEdges();
        while (edge.next()) {
            if (!STREETS.contains(edge.get(roadClass))) continue;
            String name = edge.getName();
            if (name == null || name.isBlank()) continue;
            PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
            for (int i = 1; i < geometry.size(); i++)
                grid.add(
                        name.trim(),
                        geometry.getLat(i - 1),
                        geometry.getLon(i - 1),
                        geometry.getLat(i),
                        geometry.getLon(i));
        }
    }

    @Override
    public Optional<String> findCrossedStreet(double lat, double lon, double walkingBearing) {
        return grid.findNearest(
                lat, lon, walkingBearing, StreetSegmentGrid.Orientation.ACROSS, MIN_CROSSING_ANGLE, SEARCH_METERS);
    }
}
