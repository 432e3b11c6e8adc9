package se.accessiblenav.core.routing;

import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.EnumSet;
import java.util.Set;
import se.accessiblenav.core.osm.StreetSegmentGrid;

/** Which graph edges are streets with cars, and the grid of the named ones. */
final class StreetGrids {
    static final Set<RoadClass> STREETS = EnumSet.of(
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

    private StreetGrids() {}

    /** Every named street edge of the graph, segment by segment; built once when the router opens. */
    static StreetSegmentGrid of(BaseGraph graph, EnumEncodedValue<RoadClass> roadClass) {
        StreetSegmentGrid grid = new StreetSegmentGrid();
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
        return grid;
    }
}
