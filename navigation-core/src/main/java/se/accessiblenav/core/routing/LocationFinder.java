package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.shapes.BBox;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.accessiblenav.core.guidance.LocationFacts;
import se.accessiblenav.core.osm.AccessibleOsmReader;
import se.accessiblenav.core.osm.StreetSegmentGrid;

/** Finds what is known about a position: the way it is on, the side of the street, the nearest corner. */
final class LocationFinder {
    static final double CORNER_SEARCH_METERS = 80;
    private static final double SIDE_SEARCH_METERS = 40;
    private static final double BESIDE_METERS = 25;

    private final GraphHopper hopper;
    private final StreetSegmentGrid streets;
    private final BooleanEncodedValue footAccess;
    private final EnumEncodedValue<RoadClass> roadClass;

    LocationFinder(GraphHopper hopper, StreetSegmentGrid streets) {
        this.hopper = hopper;
        this.streets = streets;
        this.footAccess = hopper.getEncodingManager().getBooleanEncodedValue("foot_access");
        this.roadClass = hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
    }

    LocationFacts find(double lat, double lon, Double heading, Double accuracyMeters) {
        Snap snap = hopper.getLocationIndex()
                .findClosest(lat, lon, edge -> edge.get(footAccess) || edge.getReverse(footAccess));
        String street = "";
        boolean onSidewalk = false;
        Double side = null;
        if (snap.isValid()) {
            EdgeIteratorState edge = snap.getClosestEdge();
            Object sidewalkOf = edge.getValue(AccessibleOsmReader.SIDEWALK_OF);
            if (sidewalkOf instanceof String s && !s.isBlank()) {
                street = s;
                onSidewalk = true;
                side = streets.findSideBearing(lat, lon, s, SIDE_SEARCH_METERS).orElse(null);
            } else if (edge.getName() != null && !edge.getName().isBlank()) {
                street = edge.getName().trim();
            }
        }
        boolean besideStreet = false;
        if (street.isEmpty()) {
            // an unnamed footpath: name the street beside it, if one runs within 25 m
            double bearing = heading == null ? 0 : heading;
            Optional<String> beside =
                    streets.findNearest(lat, lon, bearing, StreetSegmentGrid.Orientation.ACROSS, 0, BESIDE_METERS);
            if (beside.isPresent()) {
                street = beside.get();
                besideStreet = true;
                side = streets.findSideBearing(lat, lon, street, BESIDE_METERS).orElse(null);
            }
        }
        Corner corner = findCorner(lat, lon, street);
        return new LocationFacts(
                street,
                onSidewalk,
                besideStreet,
                side,
                corner == null ? null : corner.a(),
                corner == null ? null : corner.b(),
                corner == null ? 0 : corner.distance(),
                heading,
                accuracyMeters);
    }

    private record Corner(String a, String b, double distance) {}

    /** The nearest node where two differently named streets meet, within 80 m; the walker's street first. */
    private Corner findCorner(double lat, double lon, String currentStreet) {
        BaseGraph graph = hopper.getBaseGraph();
        NodeAccess nodes = graph.getNodeAccess();
        double dLat = CORNER_SEARCH_METERS / 111_320.0;
        double dLon = CORNER_SEARCH_METERS / (111_320.0 * Math.cos(Math.toRadians(lat)));
        Set<Integer> candidates = new HashSet<>();
        hopper.getLocationIndex().query(new BBox(lon - dLon, lon + dLon, lat - dLat, lat + dLat), edgeId -> {
            EdgeIteratorState edge = graph.getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
            candidates.add(edge.getBaseNode());
            candidates.add(edge.getAdjNode());
        });
        EdgeExplorer explorer = graph.createEdgeExplorer();
        Corner best = null;
        for (int node : candidates) {
            double distance = DistanceCalcEarth.DIST_EARTH.calcDist(lat, lon, nodes.getLat(node), nodes.getLon(node));
            if (distance > CORNER_SEARCH_METERS || (best != null && distance >= best.distance())) continue;
            TreeSet<String> names = new TreeSet<>();
            EdgeIterator it = explorer.setBaseNode(node);
            while (it.next()) {
                String name = it.getName();
                if (StreetGrids.STREETS.contains(it.get(roadClass)) && name != null && !name.isBlank())
                    names.add(name.trim());
            }
            if (names.size() < 2) continue;
            String first = names.contains(currentStreet) ? currentStreet : names.first();
            names.remove(first);
            best = new Corner(first, names.first(), distance);
        }
        return best;
    }
}
