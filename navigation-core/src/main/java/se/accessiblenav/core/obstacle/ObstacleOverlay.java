package se.accessiblenav.core.obstacle;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.guidance.HazardNotice;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * Applies the planners' active obstacles to the loaded graph without a re-import: the edges an obstacle
 * touches get {@code obstacle_blocked} or {@code obstacle_hazard} (in-memory encoded values that every
 * walker profile reads), so the next route request already avoids them. Landmarks prepared without
 * obstacles stay valid because obstacles only ever raise weights; a {@link Listener} hears of every
 * change (the router prepares tighter landmarks from it). Also finds the obstacles a route passes, for
 * hazard cues.
 */
public final class ObstacleOverlay {
    /** A point obstacle (a bench, a sign) touches ways this close to it. */
    static final double POINT_REACH_METERS = 5;
    /** Lines and areas touch ways that meet them, with this much slack for drawing precision. */
    static final double SHAPE_REACH_METERS = 1.5;
    /** Walkers are told about obstacles this close to their route. */
    static final double NOTICE_METERS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(ObstacleOverlay.class);
    private static final GeometryFactory LOCAL = new GeometryFactory();

    private final BaseGraph graph;
    private final LocationIndex index;
    private final BooleanEncodedValue blocked;
    private final BooleanEncodedValue hazard;
    private final LocalFrame frame;
    private final Map<UUID, Placed> placedByVersion = new HashMap<>();
    private final Listener listener;
    private volatile ObstacleEdges edges = ObstacleEdges.NONE;
    private volatile List<Placed> active = List.of();

    /** An obstacle with its shape in local metres and the edges it touches. */
    private record Placed(Obstacle obstacle, Geometry local, BitSet edges) {}

    /** What the overlay holds after an update. */
    public record Status(int activeObstacles, int blockedEdges, int hazardEdges) {}

    /**
     * Told when the closed and marked edges change: just before the new ones are written onto the graph,
     * and just after. Both calls come from the thread that applies the obstacles, one change at a time.
     */
    public interface Listener {
        void changing(ObstacleEdges next);

        void changed(ObstacleEdges now);
    }

    public ObstacleOverlay(
            BaseGraph graph,
            LocationIndex index,
            BooleanEncodedValue blocked,
            BooleanEncodedValue hazard,
            Listener listener) {
        this.graph = graph;
        this.listener = listener;
        this.index = index;
        this.blocked = blocked;
        this.hazard = hazard;
        BBox bounds = graph.getBounds();
        this.frame = new LocalFrame((bounds.minLat + bounds.maxLat) / 2, (bounds.minLon + bounds.maxLon) / 2);
        // The values keep their bits in a growable set that is not safe to grow while routes read it:
        // size it once, for the last edge, before any request runs.
        int lastEdge = graph.getEdges() - 1;
        if (lastEdge >= 0) {
            for (BooleanEncodedValue value : List.of(blocked, hazard)) {
                value.setBool(false, lastEdge, graph.getEdgeAccess(), true);
                value.setBool(false, lastEdge, graph.getEdgeAccess(), false);
            }
        }
    }

    /**
     * Makes exactly these obstacles the active ones (the caller passes what is valid now). Obstacles seen
     * before in the same version are not placed again. Blocking wins over hazard on the same edge; info
     * obstacles only produce notices.
     */
    public synchronized Status apply(Collection<Obstacle> obstacles) {
        long start = System.nanoTime();
        List<Placed> placed = new ArrayList<>(obstacles.size());
        Map<UUID, Placed> seen = new HashMap<>();
        for (Obstacle o : obstacles) {
            Placed p = placedByVersion.get(o.id());
            if (p == null || p.obstacle().version() != o.version()) p = place(o);
            placed.add(p);
            seen.put(o.id(), p);
        }
        placedByVersion.keySet().retainAll(seen.keySet());
        placedByVersion.putAll(seen);

        BitSet newBlocked = new BitSet();
        BitSet newHazard = new BitSet();
        for (Placed p : placed) {
            Severity severity = p.obstacle().data().severity();
            if (severity == Severity.BLOCKING) newBlocked.or(p.edges());
            else if (severity == Severity.HAZARD) newHazard.or(p.edges());
        }
        newHazard.andNot(newBlocked);
        ObstacleEdges next = new ObstacleEdges(newBlocked, newHazard);
        if (!next.equals(edges)) {
            listener.changing(next);
            write(blocked, edges.blocked(), newBlocked);
            write(hazard, edges.hazard(), newHazard);
            edges = next;
            listener.changed(next);
        }
        active = List.copyOf(placed);
        Status status = new Status(placed.size(), newBlocked.cardinality(), newHazard.cardinality());
        LOG.debug("Obstacles applied in {} µs: {}", (System.nanoTime() - start) / 1000, status);
        return status;
    }

    public synchronized Status status() {
        return new Status(
                active.size(), edges.blocked().cardinality(), edges.hazard().cardinality());
    }

    public boolean isBlocked(int edgeId) {
        return blocked.getBool(false, edgeId, graph.getEdgeAccess());
    }

    public boolean isHazard(int edgeId) {
        return hazard.getBool(false, edgeId, graph.getEdgeAccess());
    }

    /**
     * The blocking obstacle that closes the way nearest to a point, when there is no open way within
     * {@code slackMeters} more: a route cannot start or end there.
     */
    public Optional<Obstacle> blockingAt(double lat, double lon, double slackMeters) {
        if (edges.blocked().isEmpty()) return Optional.empty();
        Snap nearest = index.findClosest(lat, lon, EdgeFilter.ALL_EDGES);
        if (!nearest.isValid()) return Optional.empty();
        int edge = nearest.getClosestEdge().getEdge();
        if (!isBlocked(edge)) return Optional.empty();
        Snap open = index.findClosest(lat, lon, e -> !isBlocked(e.getEdge()));
        if (open.isValid() && open.getQueryDistance() <= nearest.getQueryDistance() + slackMeters)
            return Optional.empty();
        return active.stream()
                .filter(p -> p.obstacle().data().severity() == Severity.BLOCKING
                        && p.edges().get(edge))
                .map(Placed::obstacle)
                .findFirst();
    }

    /** Active obstacles within {@value #NOTICE_METERS} m of a route, in the order the route meets them. */
    public List<HazardNotice> noticesAlong(PointList route) {
        List<Placed> current = active;
        if (current.isEmpty() || route.size() < 2) return List.of();
        Coordinate[] coords = new Coordinate[route.size()];
        for (int i = 0; i < coords.length; i++) coords[i] = frame.toLocal(route.getLat(i), route.getLon(i));
        LineString line = LOCAL.createLineString(coords);
        Envelope reach = new Envelope(line.getEnvelopeInternal());
        reach.expandBy(NOTICE_METERS);
        LengthIndexedLine measure = new LengthIndexedLine(line);
        List<HazardNotice> notices = new ArrayList<>();
        for (Placed p : current) {
            if (!reach.intersects(p.local().getEnvelopeInternal())) continue;
            if (!line.isWithinDistance(p.local(), NOTICE_METERS)) continue;
            Coordinate onRoute = DistanceOp.nearestPoints(line, p.local())[0];
            notices.add(new HazardNotice(
                    measure.project(onRoute),
                    frame.lat(onRoute.y),
                    frame.lon(onRoute.x),
                    p.obstacle().data()));
        }
        notices.sort(Comparator.comparingDouble(HazardNotice::alongMeters));
        return notices;
    }

    private Placed place(Obstacle obstacle) {
        Geometry local = frame.toLocal(obstacle.data().geometry());
        double reach = local.getDimension() == 0 ? POINT_REACH_METERS : SHAPE_REACH_METERS;
        Envelope box = obstacle.data().geometry().getEnvelopeInternal();
        double dLat = frame.degreesLat(reach);
        double dLon = frame.degreesLon(reach);
        BBox search = new BBox(box.getMinX() - dLon, box.getMaxX() + dLon, box.getMinY() - dLat, box.getMaxY() + dLat);
        BitSet edges = new BitSet();
        index.query(search, edgeId -> {
            if (edges.get(edgeId)) return;
            EdgeIteratorState edge = graph.getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
            PointList points = edge.fetchWayGeometry(FetchMode.ALL);
            Coordinate[] coords = new Coordinate[points.size()];
            for (int i = 0; i < coords.length; i++) coords[i] = frame.toLocal(points.getLat(i), points.getLon(i));
            if (coords.length >= 2 && LOCAL.createLineString(coords).isWithinDistance(local, reach)) edges.set(edgeId);
        });
        return new Placed(obstacle, local, edges);
    }

    private void write(BooleanEncodedValue value, BitSet before, BitSet after) {
        BitSet cleared = (BitSet) before.clone();
        cleared.andNot(after);
        BitSet set = (BitSet) after.clone();
        set.andNot(before);
        for (int e = cleared.nextSetBit(0); e >= 0; e = cleared.nextSetBit(e + 1))
            value.setBool(false, e, graph.getEdgeAccess(), false);
        for (int e = set.nextSetBit(0); e >= 0; e = set.nextSetBit(e + 1))
            value.setBool(false, e, graph.getEdgeAccess(), true);
    }
}
