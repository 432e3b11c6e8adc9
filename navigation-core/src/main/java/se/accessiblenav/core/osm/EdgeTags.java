package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderWay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a tag parser may know about one edge: its way's tags and the tags of the nodes along it.
 *
 * <p>Node tags of an edge's end nodes also appear on every other edge at that node. Attributes of a
 * crossing (kerb, tactile paving, signals) are therefore taken from end nodes only for edges that are
 * themselves part of a crossing; for other edges only from nodes inside the edge.
 */
public final class EdgeTags {
    private static final Set<String> YES = Set.of("yes", "designated", "true", "1");
    private static final Set<String> CROSSING_WAY_KEYS = Set.of("footway", "cycleway", "path");

    private final ReaderWay way;
    private final List<Map<String, Object>> nodeTags;

    public EdgeTags(ReaderWay way) {
        this.way = way;
        List<Map<String, Object>> tags = way.getTag("node_tags", null);
        this.nodeTags = tags == null ? Collections.emptyList() : tags;
    }

    public ReaderWay way() {
        return way;
    }

    public static boolean isYes(Object value) {
        return value instanceof String s && YES.contains(s);
    }

    /** True when this edge is part of a crossing: a crossing way, or it passes a crossing node. */
    public boolean isCrossingEdge() {
        for (String key : CROSSING_WAY_KEYS) if ("crossing".equals(way.getTag(key))) return true;
        if (way.getTag("crossing") != null) return true;
        for (Map<String, Object> tags : nodeTags) if (isCrossingNode(tags)) return true;
        return false;
    }

    public static boolean isCrossingNode(Map<String, Object> tags) {
        return "crossing".equals(tags.get("highway")) || tags.containsKey("crossing");
    }

    /**
     * True when a walker can cross the roads at this node at a mapped crossing or at traffic signals:
     * there is no implicit crossing here.
     */
    public static boolean isCrossingPlace(Map<String, Object> tags) {
        return isCrossingNode(tags)
                || "traffic_signals".equals(tags.get("highway"))
                || "traffic_signals".equals(tags.get("crossing"));
    }

    /** The tag maps to read crossing attributes from: the way first, then the relevant nodes. */
    public List<Map<String, Object>> crossingAttributeSources() {
        List<Map<String, Object>> sources = new ArrayList<>(nodeTags.size() + 1);
        sources.add(way.getTags());
        boolean crossingEdge = isCrossingEdge();
        for (int i = 0; i < nodeTags.size(); i++) {
            boolean endNode = i == 0 || i == nodeTags.size() - 1;
            if (crossingEdge || !endNode) sources.add(nodeTags.get(i));
        }
        return sources;
    }

    /** Every point's tags, end nodes included. */
    public List<Map<String, Object>> nodeTags() {
        return nodeTags;
    }

    /**
     * The roads at the edge's end nodes that are no {@linkplain #isCrossingPlace crossing place}: where
     * a walker meets a road with nothing to cross it by.
     */
    public List<RoadsAtNode> roadsAtEndsWithoutCrossing() {
        List<RoadsAtNode> ends = new ArrayList<>(2);
        int last = nodeTags.size() - 1;
        for (int i : last > 0 ? new int[] {0, last} : new int[] {last}) {
            if (i < 0 || isCrossingPlace(nodeTags.get(i))) continue;
            roadsAt(i).ifPresent(ends::add);
        }
        return ends;
    }

    /**
     * The roads through the edge's point {@code pointIndex}, when the road network scan found any: the
     * point's {@value RoadsAtNode#TAG} names its OSM node, the way's {@value RoadsAtNode#WAY_TAG} holds
     * the roads.
     *
     * @throws IllegalStateException when a point refers to roads its way does not carry: the reader and the
     *     parsers disagree, and guessing would import wrong crossing data
     */
    public Optional<RoadsAtNode> roadsAt(int pointIndex) {
        Object nodeId = nodeTags.get(pointIndex).get(RoadsAtNode.TAG);
        if (nodeId == null) return Optional.empty();
        Map<Long, RoadsAtNode> roadsByNode = way.getTag(RoadsAtNode.WAY_TAG, Map.of());
        RoadsAtNode roads = nodeId instanceof Long id ? roadsByNode.get(id) : null;
        if (roads == null)
            throw new IllegalStateException("OSM node " + nodeId + " of way " + way.getId()
                    + " refers to roads through it that the way does not carry");
        return Optional.of(roads);
    }
}
