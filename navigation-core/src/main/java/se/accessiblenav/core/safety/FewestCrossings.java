package se.accessiblenav.core.safety;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * The reference rows of the route-safety comparison: the walk between two points with the fewest
 * unsignalled street crossings that exists at all (or the fewest of busy roads first), counted by {@link
 * CrossingCounter} itself, and the shortest among those; or the shortest walk when each crossing counts
 * as a given detour. An exact search over the ways {@code foot} may walk whose states are a directed
 * edge and the side of the road the walker keeps to, because that side decides whether leaving a road or
 * turning off it is a crossing. Not a profile: it knows nothing of signals or steps.
 */
public final class FewestCrossings {
    /** A walk the search found: its points (every way node) and its length. */
    public record Walk(PointList points, double lengthMeters) {}

    /** What the search makes fewest; the shortest walk wins among equals. */
    public static final class Objective {
        /** Unsignalled street crossings, busy or quiet. */
        public static final Objective CROSSINGS = new Objective(Comparator.comparingInt(Step::crossings));

        /** Unsignalled crossings of busy roads, then of all streets. */
        public static final Objective BUSY_CROSSINGS_FIRST =
                new Objective(Comparator.comparingInt(Step::busyCrossings).thenComparingInt(Step::crossings));

        /**
         * Length plus {@code meters} for each unsignalled street crossing: the walk a walker would choose
         * who takes a detour of up to that length to save one crossing.
         */
        public static Objective crossingsAsDetour(double meters) {
            return new Objective(Comparator.comparingDouble(step -> step.meters() + meters * step.crossings()));
        }

        private final Comparator<Step> better;

        private Objective(Comparator<Step> fewer) {
            this.better = fewer.thenComparingDouble(Step::meters);
        }
    }

    /** One directed edge reached on one side of the road, with what it cost to get there. */
    private record Step(
            int busyCrossings,
            int crossings,
            double meters,
            int edgeKey,
            int adjNode,
            CrossingCounter.Side side,
            PointList geometry,
            Step previous) {
        int key() {
            return edgeKey * 3 + side.ordinal();
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
    public Optional<Walk> walk(double fromLat, double fromLon, double toLat, double toLon, Objective objective) {
        return walk(fromLat, fromLon, toLat, toLon, objective, Double.POSITIVE_INFINITY);
    }

    /**
     * The best walk by the objective among those no longer than {@code maxMeters}: the fewest crossings a
     * walker can have within a detour they accept. Exact: a walk is kept at a state (edge and side) unless
     * one found before it there is at least as good by the objective and no longer.
     */
    public Optional<Walk> walk(
            double fromLat, double fromLon, double toLat, double toLon, Objective objective, double maxMeters) {
        Snap from = hopper.getLocationIndex().findClosest(fromLat, fromLon, snapFilter);
        Snap to = hopper.getLocationIndex().findClosest(toLat, toLon, snapFilter);
        if (!from.isValid() || !to.isValid()) return Optional.empty();
        QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), List.of(from, to));
        int target = to.getClosestNode();
        if (from.getClosestNode() == target) return Optional.of(new Walk(singlePoint(graph, target), 0));
        if (Double.isInfinite(maxMeters))
            return search(graph, from.getClosestNode(), target, objective.better)
                    .map(FewestCrossings::toWalk);
        return searchWithin(graph, from.getClosestNode(), target, objective.better, maxMeters)
                .map(FewestCrossings::toWalk);
    }

    private Optional<Step> searchWithin(
            QueryGraph graph, int source, int target, Comparator<Step> better, double maxMeters) {
        NodeAccess nodes = graph.getNodeAccess();
        double targetLat = nodes.getLat(target);
        double targetLon = nodes.getLon(target);
        // a step whose length plus the straight line to the target exceeds the bound can never arrive in time
        java.util.function.Predicate<Step> inTime = step -> step.meters()
                        + DistanceCalcEarth.DIST_EARTH.calcDist(
                                nodes.getLat(step.adjNode()), nodes.getLon(step.adjNode()), targetLat, targetLon)
                <= maxMeters;
        EdgeExplorer explorer = graph.createEdgeExplorer();
        PriorityQueue<Step> queue = new PriorityQueue<>(better);
        // the shortest length a state was left with; popped in objective order, so every earlier one is as good
        Map<Integer, Double> shortestSettled = new HashMap<>();
        EdgeIterator edge = explorer.setBaseNode(source);
        while (edge.next())
            if (walkable(edge)) {
                Step step = follow(null, edge);
                if (inTime.test(step)) queue.add(step);
            }
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            Double settled = shortestSettled.get(step.key());
            if (settled != null && settled <= step.meters()) continue; // dominated: as good and no longer
            shortestSettled.put(step.key(), step.meters());
            if (step.adjNode() == target) return Optional.of(step);
            edge = explorer.setBaseNode(step.adjNode());
            while (edge.next())
                if (walkable(edge) && edge.getEdge() != GHUtility.getEdgeFromEdgeKey(step.edgeKey())) {
                    Step next = follow(step, edge);
                    Double known = shortestSettled.get(next.key());
                    if (inTime.test(next) && (known == null || known > next.meters())) queue.add(next);
                }
        }
        return Optional.empty();
    }

    private Optional<Step> search(QueryGraph graph, int source, int target, Comparator<Step> better) {
        EdgeExplorer explorer = graph.createEdgeExplorer();
        PriorityQueue<Step> queue = new PriorityQueue<>(better);
        Map<Integer, Step> best = new HashMap<>();
        EdgeIterator edge = explorer.setBaseNode(source);
        while (edge.next()) if (walkable(edge)) offer(queue, best, better, follow(null, edge));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (best.get(step.key()) != step) continue; // a better way to this state was found later
            if (step.adjNode() == target) return Optional.of(step);
            edge = explorer.setBaseNode(step.adjNode());
            while (edge.next())
                if (walkable(edge) && edge.getEdge() != GHUtility.getEdgeFromEdgeKey(step.edgeKey()))
                    offer(queue, best, better, follow(step, edge));
        }
        return Optional.empty();
    }

    /** The step along {@code edge} after {@code previous} (null at the start). */
    private Step follow(Step previous, EdgeIteratorState edge) {
        PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
        CrossingCounter.Stretch stretch;
        if (previous == null) {
            stretch = counter.stretch(geometry, CrossingCounter.Side.EITHER);
        } else {
            // the node between the two edges is judged with the point before it
            PointList walked = new PointList(geometry.size() + 1, false);
            int last = previous.geometry().size() - 2;
            walked.add(previous.geometry().getLat(last), previous.geometry().getLon(last));
            walked.add(geometry);
            stretch = counter.stretch(walked, previous.side());
        }
        return new Step(
                (previous == null ? 0 : previous.busyCrossings()) + stretch.unsignalledBusyCrossings(),
                (previous == null ? 0 : previous.crossings()) + stretch.unsignalledCrossings(),
                (previous == null ? 0 : previous.meters()) + edge.getDistance(),
                edge.getEdgeKey(),
                edge.getAdjNode(),
                stretch.side(),
                geometry,
                previous);
    }

    private boolean walkable(EdgeIteratorState edge) {
        return Double.isFinite(foot.calcEdgeWeight(edge, false));
    }

    private static void offer(PriorityQueue<Step> queue, Map<Integer, Step> best, Comparator<Step> better, Step step) {
        Step known = best.get(step.key());
        if (known != null && better.compare(step, known) >= 0) return;
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
