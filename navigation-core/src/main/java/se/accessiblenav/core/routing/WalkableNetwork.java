package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import se.accessiblenav.core.obstacle.ObstacleOverlay;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * The walkers' network as a map shows it, beside routes: its ways in a box (the planner's background),
 * where a point joins it for each profile ({@code /nearest}), and how far a walker gets in a given time or
 * distance ({@code /isochrone}). Closed ways (obstacles) are left out of what a profile can reach, as routes
 * leave them out.
 */
public final class WalkableNetwork {
    /** Junctions closer than this are one corner of the areas' triangles (the triangulation works in degrees). */
    private static final double CONTOUR_TOLERANCE_METERS = 5;

    private final GraphHopper hopper;
    private final ObstacleOverlay obstacles;
    private final EnumEncodedValue<RoadClass> roadClass;

    WalkableNetwork(GraphHopper hopper, ObstacleOverlay obstacles) {
        this.hopper = hopper;
        this.obstacles = obstacles;
        this.roadClass = hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
    }

    /** The ways inside a box, at most {@code limit} (the first ones found). */
    public List<NetworkWay> waysWithin(double south, double west, double north, double east, int limit) {
        List<NetworkWay> ways = new ArrayList<>();
        BitSet seen = new BitSet();
        hopper.getLocationIndex().query(new BBox(west, east, south, north), edgeId -> {
            if (ways.size() >= limit || seen.get(edgeId)) return;
            seen.set(edgeId);
            var edge = hopper.getBaseGraph().getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
            var points = edge.fetchWayGeometry(FetchMode.ALL);
            double[][] coordinates = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) coordinates[i] = new double[] {points.getLon(i), points.getLat(i)};
            ways.add(new NetworkWay(
                    edge.getName(), coordinates, obstacles.isBlocked(edgeId), obstacles.isHazard(edgeId)));
        });
        return ways;
    }

    /** Where a point joins each profile's network; a profile with no way near the map's data is left out. */
    public List<NearestWay> nearest(double lat, double lon) {
        List<NearestWay> all = new ArrayList<>();
        for (WalkerProfile profile : WalkerProfile.values())
            nearest(lat, lon, profile.profileName()).ifPresent(all::add);
        return all;
    }

    /** Where a point joins the profile's network: the way a route from or to it starts or ends on. */
    public Optional<NearestWay> nearest(double lat, double lon, String profile) {
        Snap snap = snap(lat, lon, profile, weighting(profile));
        if (!snap.isValid()) return Optional.empty();
        var edge = snap.getClosestEdge();
        String name = edge.getName() == null ? "" : edge.getName().trim();
        return Optional.of(new NearestWay(
                profile,
                snap.getSnappedPoint().lat,
                snap.getSnappedPoint().lon,
                snap.getQueryDistance(),
                name,
                edge.get(roadClass).toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * The areas a walker of the profile reaches within each bucket's limit, following the walks its
     * routes take (a walk the profile avoids counts at the length of the detour it takes instead).
     *
     * @throws IllegalArgumentException when the point is on no way of the profile's network
     */
    public Reachability reach(ReachQuery query) {
        Weighting weighting = weighting(query.profile());
        Snap snap = snap(query.lat(), query.lon(), query.profile(), weighting);
        if (!snap.isValid())
            throw new IllegalArgumentException("The point " + query.lat() + "," + query.lon()
                    + " is not near any way a walker of " + query.profile() + " can use on this map.");
        QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), snap);
        ShortestPathTree tree = new ShortestPathTree(
                graph, graph.wrapWeighting(weighting), query.reverseFlow(), TraversalMode.NODE_BASED);
        // searched a little beyond the limit, so that the outermost area closes between reached and unreached
        double beyond = query.limit() * 1.2 + (query.byDistance() ? 200 : 150);
        ToDoubleFunction<ShortestPathTree.IsoLabel> value;
        double unit;
        if (query.byDistance()) {
            tree.setDistanceLimit(beyond);
            value = label -> label.distance;
            unit = 1;
        } else {
            tree.setTimeLimit(beyond * 1000);
            value = label -> label.time;
            unit = 1000;
        }
        Triangulator.Result triangles = new JTSTriangulator(hopper.getRouterConfig())
                .triangulate(snap, graph, tree, value, CONTOUR_TOLERANCE_METERS / DistanceCalcEarth.METERS_PER_DEGREE);
        ContourBuilder contours = new ContourBuilder(triangles.triangulation);
        List<Reachability.Area> areas = new ArrayList<>();
        for (int bucket = 0; bucket < query.buckets(); bucket++) {
            double limit = query.limit() * (bucket + 1) / query.buckets();
            areas.add(new Reachability.Area(bucket, limit, contours.computeIsoline(limit * unit, triangles.seedEdges)));
        }
        NearestWay start = nearest(query.lat(), query.lon(), query.profile()).orElseThrow();
        return new Reachability(query.profile(), start, areas, tree.getVisitedNodes());
    }

    private Snap snap(double lat, double lon, String profile, Weighting weighting) {
        String subnetwork = Subnetwork.key(profile);
        EdgeFilter filter = hopper.getEncodingManager().hasEncodedValue(subnetwork)
                ? new DefaultSnapFilter(weighting, hopper.getEncodingManager().getBooleanEncodedValue(subnetwork))
                : edge -> Double.isFinite(weighting.calcEdgeWeight(edge, false))
                        || Double.isFinite(weighting.calcEdgeWeight(edge, true));
        return hopper.getLocationIndex().findClosest(lat, lon, filter);
    }

    private Weighting weighting(String profile) {
        var config = hopper.getProfile(profile);
        if (config == null) throw new IllegalArgumentException("Unknown profile '" + profile + "'.");
        return hopper.createWeighting(config, new PMap());
    }
}
