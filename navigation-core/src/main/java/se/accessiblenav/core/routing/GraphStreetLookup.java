package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.accessiblenav.core.guidance.StreetLookup;

/** Finds the crossed street through GraphHopper's location index: the nearest named car road running across. */
final class GraphStreetLookup implements StreetLookup {
    static final double SEARCH_METERS = 20;
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

    private final GraphHopper hopper;
    private final EnumEncodedValue<RoadClass> roadClass;

    GraphStreetLookup(GraphHopper hopper) {
        this.hopper = hopper;
        this.roadClass = hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
    }

    @Override
    public Optional<String> findCrossedStreet(double lat, double lon, double walkingBearing) {
        double dLat = SEARCH_METERS / 111_320.0;
        double dLon = SEARCH_METERS / (111_320.0 * Math.cos(Math.toRadians(lat)));
        BaseGraph graph = hopper.getBaseGraph();
        String[] best = {null};
        double[] bestDistance = {SEARCH_METERS};
        hopper.getLocationIndex().query(new BBox(lon - dLon, lon + dLon, lat - dLat, lat + dLat), edgeId -> {
            EdgeIteratorState edge = graph.getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
            if (!STREETS.contains(edge.get(roadClass))) return;
            String name = edge.getName();
            if (name == null || name.isBlank()) return;
            PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
            for (int i = 1; i < geometry.size(); i++) {
                double distance = distanceToSegment(lat, lon, geometry, i);
                if (distance >= bestDistance[0]) continue;
                double roadBearing = AngleCalc.ANGLE_CALC.calcAzimuth(
                        geometry.getLat(i - 1), geometry.getLon(i - 1), geometry.getLat(i), geometry.getLon(i));
                double angle = Math.abs(roadBearing - walkingBearing) % 180;
                if (Math.min(angle, 180 - angle) < MIN_CROSSING_ANGLE) continue;
                best[0] = name.trim();
                bestDistance[0] = distance;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    private static double distanceToSegment(double lat, double lon, PointList g, int i) {
        DistanceCalcEarth calc = DistanceCalcEarth.DIST_EARTH;
        double aLat = g.getLat(i - 1), aLon = g.getLon(i - 1), bLat = g.getLat(i), bLon = g.getLon(i);
        if (calc.validEdgeDistance(lat, lon, aLat, aLon, bLat, bLon))
            return calc.calcDenormalizedDist(calc.calcNormalizedEdgeDistance(lat, lon, aLat, aLon, bLat, bLon));
        return Math.min(calc.calcDist(lat, lon, aLat, aLon), calc.calcDist(lat, lon, bLat, bLon));
    }
}
