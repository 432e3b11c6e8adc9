package se.accessiblenav.core.routing;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.DistancePlaneProjection;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.core.guidance.JunctionLookup;

/** The other ways at a junction, from the graph: bearings measured a few metres out from the node. */
final class GraphJunctionLookup implements JunctionLookup {
    /** How far out along a way its bearing is measured, so a kink at the node does not count. */
    static final double BEARING_AT_METERS = 8;
    /** How close the route's point must be to a node of the way leaving it. */
    private static final double NODE_MATCH_METERS = 1;

    private final BaseGraph graph;
    private final BooleanEncodedValue footAccess;
    /** An explorer is not thread-safe; routes are guided on many threads at once. */
    private final ThreadLocal<EdgeExplorer> explorer;

    /** @param footAccess foot access, to leave out ways a walker may not use; null: every way counts */
    GraphJunctionLookup(BaseGraph graph, BooleanEncodedValue footAccess) {
        this.graph = graph;
        this.footAccess = footAccess;
        this.explorer = ThreadLocal.withInitial(graph::createEdgeExplorer);
    }

    @Override
    public List<Double> otherWayBearings(int arrivingEdge, int leavingEdge, double lat, double lon) {
        if (leavingEdge < 0 || leavingEdge >= graph.getEdges()) return List.of();
        EdgeIteratorState leaving = graph.getEdgeIteratorState(leavingEdge, Integer.MIN_VALUE);
        int node = nodeAt(leaving, lat, lon);
        if (node < 0) return List.of();
        List<Double> bearings = new ArrayList<>();
        EdgeIterator way = explorer.get().setBaseNode(node);
        while (way.next()) {
            if (way.getEdge() == arrivingEdge || way.getEdge() == leavingEdge) continue;
            if (footAccess != null && !way.get(footAccess) && !way.getReverse(footAccess)) continue;
            PointList points = way.fetchWayGeometry(FetchMode.ALL); // starts at the junction
            if (points.size() < 2) continue;
            int out = 1;
            double along = 0;
            while (out < points.size() - 1) {
                along += DistancePlaneProjection.DIST_PLANE.calcDist(
                        points.getLat(out - 1), points.getLon(out - 1), points.getLat(out), points.getLon(out));
                if (along >= BEARING_AT_METERS) break;
                out++;
            }
            bearings.add(AngleCalc.ANGLE_CALC.calcAzimuth(
                    points.getLat(0), points.getLon(0), points.getLat(out), points.getLon(out)));
        }
        return bearings;
    }

    private int nodeAt(EdgeIteratorState edge, double lat, double lon) {
        NodeAccess nodes = graph.getNodeAccess();
        for (int node : new int[] {edge.getBaseNode(), edge.getAdjNode()})
            if (DistancePlaneProjection.DIST_PLANE.calcDist(lat, lon, nodes.getLat(node), nodes.getLon(node))
                    <= NODE_MATCH_METERS) return node;
        return -1;
    }
}
