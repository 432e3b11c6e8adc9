package se.accessiblenav.core.safety;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.SkipOptions;
import com.graphhopper.util.shapes.GHPoint;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.accessiblenav.core.osm.OsmElements;

/**
 * The raw OSM data along which routes are judged, read straight from the extract and independent of
 * the routing graph's encoded values: highway ways with their nodes, the tags of nodes, which way joins
 * two consecutive nodes, and where each way leaves a node. A route's points are matched to OSM nodes by
 * their coordinates.
 */
public final class OsmWalkIndex {
    /** A highway way, with the tags the evaluation reads. */
    public record Way(long id, Map<String, String> tags) {
        public String tag(String key) {
            return tags.get(key);
        }
    }

    private static final Set<String> WAY_KEYS = Set.of(
            "highway",
            "service",
            "name",
            "footway",
            "crossing",
            "crossing:signals",
            "crossing:markings",
            "traffic_signals:sound",
            "traffic_signals:vibration",
            "step_count");
    private static final Set<String> NODE_KEYS = Set.of(
            "highway",
            "crossing",
            "crossing:signals",
            "crossing:markings",
            "traffic_signals:sound",
            "traffic_signals:vibration",
            "railway");

    private final Map<Long, Long> nodeIdByCoordinate = new HashMap<>();
    private final Map<Long, Map<String, String>> nodeTags = new HashMap<>();
    private final Map<Long, List<Way>> waysByNode = new HashMap<>();
    private static final LongArrayList NO_NEIGHBOURS = new LongArrayList(0);

    private final Map<Long, GHPoint> coordinates = new HashMap<>();
    /** For a node and a way through it, the way's nodes next to it: one at the way's end, two in its middle. */
    private final Map<Long, Map<Long, LongArrayList>> neighboursByNodeAndWay = new HashMap<>();

    private final Map<SegmentKey, List<Way>> waysBySegment = new HashMap<>();

    private record SegmentKey(long a, long b) {
        static SegmentKey of(long x, long y) {
            return x < y ? new SegmentKey(x, y) : new SegmentKey(y, x);
        }
    }

    private OsmWalkIndex() {}

    public static OsmWalkIndex read(File osmFile) {
        OsmWalkIndex index = new OsmWalkIndex();
        Set<Long> wayNodes = new HashSet<>();
        OsmElements.forEach(osmFile, new SkipOptions(true, false, true), element -> {
            if (element.getType() == ReaderElement.Type.WAY) index.addWay((ReaderWay) element, wayNodes);
        });
        OsmElements.forEach(osmFile, new SkipOptions(false, true, true), element -> {
            if (element.getType() == ReaderElement.Type.NODE) index.addNode((ReaderNode) element, wayNodes);
        });
        return index;
    }

    private void addWay(ReaderWay readerWay, Set<Long> wayNodes) {
        if (readerWay.getTag("highway") == null || readerWay.hasTag("area", "yes")) return;
        Map<String, String> tags = new HashMap<>();
        for (String key : WAY_KEYS) if (readerWay.getTag(key) != null) tags.put(key, readerWay.getTag(key));
        Way way = new Way(readerWay.getId(), Map.copyOf(tags));
        LongArrayList nodes = readerWay.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            long node = nodes.get(i);
            wayNodes.add(node);
            List<Way> ways = waysByNode.computeIfAbsent(node, n -> new ArrayList<>(2));
            if (!ways.contains(way)) ways.add(way);
            LongArrayList neighbours = neighboursByNodeAndWay
                    .computeIfAbsent(node, n -> new HashMap<>())
                    .computeIfAbsent(way.id(), w -> new LongArrayList(2));
            if (i > 0) neighbours.add(nodes.get(i - 1));
            if (i + 1 < nodes.size()) neighbours.add(nodes.get(i + 1));
            if (i > 0)
                waysBySegment
                        .computeIfAbsent(SegmentKey.of(nodes.get(i - 1), node), k -> new ArrayList<>(1))
                        .add(way);
        }
    }

    private void addNode(ReaderNode node, Set<Long> wayNodes) {
        if (!wayNodes.contains(node.getId())) return;
        nodeIdByCoordinate.put(coordinateKey(node.getLat(), node.getLon()), node.getId());
        coordinates.put(node.getId(), new GHPoint(node.getLat(), node.getLon()));
        Map<String, String> tags = new HashMap<>();
        for (String key : NODE_KEYS) if (node.getTag(key) != null) tags.put(key, node.getTag(key));
        if (!tags.isEmpty()) nodeTags.put(node.getId(), Map.copyOf(tags));
    }

    static long coordinateKey(double lat, double lon) {
        return Math.round(lat * 1e6) * 1_000_000_000L + Math.round(lon * 1e6);
    }

    public Optional<Long> findNodeAt(double lat, double lon) {
        return Optional.ofNullable(nodeIdByCoordinate.get(coordinateKey(lat, lon)));
    }

    public Map<String, String> nodeTags(long nodeId) {
        return nodeTags.getOrDefault(nodeId, Map.of());
    }

    public List<Way> waysAt(long nodeId) {
        return waysByNode.getOrDefault(nodeId, List.of());
    }

    /** How many way arms leave this node along the given way: 1 at its end, 2 in its middle. */
    public int armsOf(long nodeId, long wayId) {
        return neighbours(nodeId, wayId).size();
    }

    /** Where each arm of the way leads from this node: the next node along it, one per arm. */
    public List<GHPoint> armEnds(long nodeId, long wayId) {
        LongArrayList neighbours = neighbours(nodeId, wayId);
        List<GHPoint> ends = new ArrayList<>(neighbours.size());
        for (int i = 0; i < neighbours.size(); i++)
            coordinatesOf(neighbours.get(i)).ifPresent(ends::add);
        return ends;
    }

    /** Where a node of a highway way lies. */
    public Optional<GHPoint> coordinatesOf(long nodeId) {
        return Optional.ofNullable(coordinates.get(nodeId));
    }

    private LongArrayList neighbours(long nodeId, long wayId) {
        return neighboursByNodeAndWay.getOrDefault(nodeId, Map.of()).getOrDefault(wayId, NO_NEIGHBOURS);
    }

    /**
     * The way that joins two consecutive nodes of a route, if any: the way with that segment, or else a
     * way holding both nodes (GraphHopper leaves out way nodes that add nothing to the shape at import,
     * so consecutive route points may be a few nodes apart on one way).
     */
    public Optional<Way> findWayBetween(long a, long b) {
        List<Way> ways = waysBySegment.get(SegmentKey.of(a, b));
        if (ways != null && !ways.isEmpty()) return Optional.of(ways.get(0));
        List<Way> atB = waysAt(b);
        return waysAt(a).stream().filter(atB::contains).findFirst();
    }
}
