package se.accessiblenav.core.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMReader;
import com.graphhopper.reader.osm.WaySegmentParser;
import com.graphhopper.routing.OSMReaderConfig;
import com.graphhopper.routing.util.OSMParsers;
import com.graphhopper.search.KVStorage;
import com.graphhopper.storage.BaseGraph;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GraphHopper's OSM reader with three changes for walkers:
 *
 * <ol>
 *   <li>Nodes that carry only accessibility tags ({@code kerb=lowered}, {@code tactile_paving=yes}) keep
 *       their tags. GraphHopper keeps node tags only when a node has {@code barrier}, {@code highway},
 *       {@code railway}, {@code crossing} or {@code ford}; such nodes get the marker {@value #KEEP_MARKER}.
 *   <li>Nodes where roads meet other ways are marked ({@link RoadsAtNode#TAG}) and every way carries the
 *       roads through its nodes ({@link RoadsAtNode#WAY_TAG}), from the {@link RoadNetworkScan}, so parsers
 *       know which road a crossing crosses, however many roads meet there.
 *   <li>{@code barrier=kerb} does not split the way into a zero-length barrier edge: a kerb is an
 *       attribute of the crossing, not an access barrier for walkers.
 * </ol>
 *
 * Both node hooks run in {@link #isBarrierNode}, the one overridable call GraphHopper makes for every
 * node it keeps, before it decides whether to store the node's tags.
 */
public class AccessibleOsmReader extends OSMReader {
    /** Value of the {@code highway} key added to nodes that would otherwise lose their tags. */
    public static final String KEEP_MARKER = "x-accessibility-node";
    /** Street a separately mapped sidewalk belongs to, kept for path details and guidance. */
    public static final String SIDEWALK_OF = "sidewalk_of";

    static final Set<String> ACCESSIBILITY_NODE_KEYS = Set.of(
            "kerb",
            "kerb:height",
            "tactile_paving",
            "traffic_signals:sound",
            "traffic_signals:vibration",
            "button_operated",
            "crossing:island",
            "traffic_calming");
    // GraphHopper's WaySegmentParser.INCLUDE_IF_NODE_TAGS, which is private.
    static final Set<String> KEYS_GRAPHHOPPER_KEEPS = Set.of("barrier", "highway", "railway", "crossing", "ford");

    private static final Logger LOG = LoggerFactory.getLogger(AccessibleOsmReader.class);
    /** What GraphHopper keeps of a node tag's text, in UTF-8 bytes. */
    private static final int NODE_TAG_BYTES = 250;

    private final RoadNetworkScan roadNetwork;

    public AccessibleOsmReader(
            BaseGraph baseGraph, OSMParsers osmParsers, OSMReaderConfig config, RoadNetworkScan roadNetwork) {
        super(baseGraph, osmParsers, config);
        this.roadNetwork = roadNetwork;
    }

    @Override
    protected boolean isBarrierNode(ReaderNode node) {
        enrich(node);
        if (node.hasTag("barrier", "kerb")) return false;
        return super.isBarrierNode(node);
    }

    void enrich(ReaderNode node) {
        node.removeTag(RoadsAtNode.TAG);
        if (roadNetwork.findRoadsAt(node.getId()).isPresent()) node.setTag(RoadsAtNode.TAG, node.getId());
        Map<String, Object> tags = node.getTags();
        boolean worthKeeping =
                tags.containsKey(RoadsAtNode.TAG) || tags.keySet().stream().anyMatch(ACCESSIBILITY_NODE_KEYS::contains);
        boolean keptAnyway = tags.keySet().stream().anyMatch(KEYS_GRAPHHOPPER_KEEPS::contains);
        if (worthKeeping && !keptAnyway) node.setTag("highway", KEEP_MARKER);
        if (worthKeeping || keptAnyway) warnOfCutValues(node);
    }

    /**
     * GraphHopper keeps at most 250 bytes of a node tag's text ({@link KVStorage#cutString}). Our own
     * junction data never depends on that (see {@link RoadsAtNode}); a value from the map that a parser
     * reads and that would be cut is a mapping error, named here with its node.
     */
    private static void warnOfCutValues(ReaderNode node) {
        node.getTags().forEach((key, value) -> {
            boolean read = ACCESSIBILITY_NODE_KEYS.contains(key) || KEYS_GRAPHHOPPER_KEEPS.contains(key);
            if (read
                    && value instanceof String text
                    && mayBeCut(text)
                    && !KVStorage.cutString(text).equals(text))
                LOG.warn(
                        "OSM node {}: the value of {} is longer than the {} bytes a node tag keeps and is cut",
                        node.getId(),
                        key,
                        NODE_TAG_BYTES);
        });
    }

    /** A UTF-16 char takes at most 3 bytes in UTF-8: shorter texts always fit, without encoding them. */
    private static boolean mayBeCut(String text) {
        return text.length() * 3 > NODE_TAG_BYTES;
    }

    @Override
    protected void preprocessWay(
            ReaderWay way,
            WaySegmentParser.CoordinateSupplier coordinateSupplier,
            WaySegmentParser.NodeTagSupplier nodeTagSupplier) {
        super.preprocessWay(way, coordinateSupplier, nodeTagSupplier);
        way.setTag(RoadsAtNode.WAY_TAG, roadsAtNodesOf(way));
        String street = sidewalkStreetName(way);
        if (street == null) street = roadNetwork.findSidewalkStreet(way.getId()).orElse(null);
        if (street != null) {
            Map<String, KVStorage.KValue> keyValues = way.getTag("key_values", null);
            if (keyValues != null) keyValues.put(SIDEWALK_OF, new KVStorage.KValue(KVStorage.cutString(street)));
        }
    }

    /** The roads at each of the way's nodes where the scan found roads meeting other ways. */
    private Map<Long, RoadsAtNode> roadsAtNodesOf(ReaderWay way) {
        Map<Long, RoadsAtNode> roadsByNode = Map.of(); // most ways meet no road: no map for them
        LongArrayList nodes = way.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            long nodeId = nodes.get(i);
            var roads = roadNetwork.findRoadsAt(nodeId);
            if (roads.isEmpty()) continue;
            if (roadsByNode.isEmpty()) roadsByNode = new HashMap<>();
            roadsByNode.put(nodeId, roads.get());
        }
        return roadsByNode;
    }

    /**
     * {@code is_sidepath:of:name}, or the name of a way mapped as {@code footway=sidewalk}; null when the
     * map does not say (the road network scan then matches it by geometry).
     */
    static String sidewalkStreetName(ReaderWay way) {
        String of = way.getTag("is_sidepath:of:name");
        if (of != null && !of.isBlank()) return of.trim();
        if (way.hasTag("footway", "sidewalk")) {
            String name = way.getTag("name");
            if (name != null && !name.isBlank()) return name.trim();
        }
        return null;
    }
}
