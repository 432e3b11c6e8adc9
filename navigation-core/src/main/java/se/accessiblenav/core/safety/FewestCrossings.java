package se.accessiblenav.core.safety;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * The reference row of the route-safety comparison: the walk between two points with the fewest
 * unsignalled street crossings that exists at all, counted by {@link CrossingCounter} itself, and the
 * shortest among those. An exact search over the ways {@code foot} may walk whose states are a directed edge
 * and the side of the road the walker keeps to, because that side decides whether leaving a road or
 * turning off it is a crossing. Not a profile: it knows nothing of signals, steps or detours.
 */
public final class FewestCrossings {
    /** A walk the search found: its points (every way node) and its length. */
    public record Walk(PointList points, double lengthMeters) {}

    /** One directed edge reached on one side of the road, with what it cost to get there. */
    private record Step(
            int crossings,
            double meters,
            int edge,
            int edgeKey,
            int adjNode,
            CrossingCounter.Side side,
            PointList geometry,
            Step previous) {
        int key() {
            return edgeKey * 3 + side.ordinal();
        }

        boolean before(Step other) {
            return crossings != other.crossings ? crossings < other.crossings : meters < other.meters;
        }
    }

    private static final String FOOT = WalkerProfile.FOOT.profileName();

    private final GraphHopper hopper;
    private final CrossingCounter counter;
    private final Weighting foot;
    private final EdgeFilter snapFilter;

    public FewestCrossings(GraphHopper hopper, CrossingCounter counter) {
        this.hopper = hopper;
        this.counter = counter;
        // the ways foot may walk, and where it places points, as GraphHopper's foot profile sees them
        this.foot = hopper.createWeighting(hopper.getProfile(FOOT), new PMap());
        this.snapFilter =
                new DefaultSnapFilter(foot, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(FOOT)));
    }

    /** The walk from one point to the other, placed on the nearest {@code foot} way as routes are. */
    public Optional<Walk> walk(double fromLat, double fromLon, double toLat, double toLon) {
        Snap from = hopper.getLocationIndex().findClosest(fromLat, fromLon, snapFilter);
        Snap to = hopper.getLocationIndex().findClosest(toLat, toLon, snapFilter);
        if (!from.isValid() || !to.isValid()) return Optional.empty();
        QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), List.of(from, to));
        int target = to.getClosestNode();
        if (from.getClosestNode() == target) return Optional.of(new Walk(singlePoint(graph, target), 0));
        return search(graph, from.getClosestNode(), target).map(FewestCrossings::toWalk);
    }

    private Optional<Step> search(QueryGraph graph, int source, int target) {
        EdgeExplorer explorer = graph.createEdgeExplorer();
        PriorityQueue<Step> queue = new PriorityQueue<>((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
        Map<Integer, Step> best = new HashMap<>();
        Set<Integer> settled = new HashSet<>();
        EdgeIterator edge = explorer.setBaseNode(source);
        while (edge.next()) {
            if (!walkable(edge)) continue;
            PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
            CrossingCounter.Stretch stretch = counter.stretch(geometry, CrossingCounter.Side.EITHER);
            offer(
                    queue,
                    best,
                    new Step(
                            stretch.unsignalledCrossings(),
                            edge.getDistance(),
                            edge.getEdge(),
                            edge.getEdgeKey(),
                            edge.getAdjNode(),
                            stretch.side(),
                            geometry,
                            null));
        }
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (!settled.add(step.key())) continue;
            if (step.adjNode() == target) return Optional.of(step);
            edge = explorer.setBaseNode(step.adjNode());
            while (edge.next()) {
                if (!walkable(edge) || edge.getEdge() == step.edge()) continue;
                PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
                // the node between the two edges is judged with the point before it
                PointList walked = new PointList(geometry.size() + 1, false);
                int last = step.geometry().size() - 2;
                walked.add(step.geometry().getLat(last), step.geometry().getLon(last));
                walked.add(geometry);
                CrossingCounter.Stretch stretch = counter.stretch(walked, step.side());
                Step next = new Step(
                        step.crossings() + stretch.unsignalledCrossings(),
                        step.meters() + edge.getDistance(),
                        edge.getEdge(),
                        edge.getEdgeKey(),
                        edge.getAdjNode(),
                        stretch.side(),
                        geometry,
                        step);
                if (!settled.contains(next.key())) offer(queue, best, next);
            }
        }
        return Optional.empty();
    }

    private boolean walkable(EdgeIteratorState edge) {
        return Double.isFinite(foot.calcEdgeWeight(edge, false));
    }

    private static void offer(PriorityQueue<Step> queue, Map<Integer, Step> best, Step step) {
        Step known = best.get(step.key());
        if (known != null && !step.before(known)) return;
        best.put(step.key(), step);
        queue.add(step);
    }

    private static Walk toWalk(Step last) {
        Deque<Step> steps = new ArrayDeque<>();
        for (Step step = last; step != null; step = step.previous()) steps.push(step);
        PointList points = new PointList(steps.size() * 4, false);
        for (Step step : steps)
            for (int i = points.isEmpty() ? 0 : 1; i < step.geometry().size(); i++)
                points.add(step.geometry().getLat(i), step.geometry().getLon(i));
        return new Walk(points, last.meters());
    }

    private static PointList singlePoint(QueryGraph graph, int node) {
        PointList point = new PointList(1, false);
        point.add(graph.getNodeAccess().getLat(node), graph.getNodeAccess().getLon(node));
        return point;
    }
}
