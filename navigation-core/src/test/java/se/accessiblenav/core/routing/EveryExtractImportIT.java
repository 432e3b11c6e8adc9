package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GraphHopper;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.SkipOptions;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.CrossedRoad;
import se.accessiblenav.core.osm.OsmElements;
import se.accessiblenav.core.osm.RoadNetworkScan;
import se.accessiblenav.core.osm.RoadsAtNode;

/**
 * Every extract in {@code ../shared/data} imports (the real cities Milan, Malta, Heidelberg and
 * Liechtenstein too), and the crossing data at its junctions with the most roads is what the OSM file
 * says: the road network scan lists every road through the node, and each road edge there charges at least
 * the busiest other street as a junction crossing. The roads of such junctions, written out as text, are
 * longer than the 250 bytes GraphHopper keeps of a node tag; the import used to crash on them, or to cut
 * them without a word. Each extract is imported once, into the module's shared cache folder.
 */
class EveryExtractImportIT {
    private static final Logger LOG = LoggerFactory.getLogger(EveryExtractImportIT.class);
    /** The junctions with the most roads that each extract checks. */
    private static final int JUNCTIONS = 5;

    static Stream<Path> extracts() {
        return SharedData.allExtracts().stream();
    }

    /** One car road through a node, as the OSM file has it. */
    record OsmRoad(long wayId, CrossedRoad traffic, String name) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("extracts")
    void importsAndKeepsTheRoadsOfItsBiggestJunctions(Path extract) {
        Map<Long, List<OsmRoad>> roadsByNode = readRoadsByNode(extract);
        List<Long> biggest = roadsByNode.entrySet().stream()
                .filter(e -> e.getValue().size() >= 3)
                .sorted(Comparator.<Map.Entry<Long, List<OsmRoad>>>comparingInt(
                                e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(40)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(biggest)
                .as("junctions of three or more roads in %s", extract)
                .isNotEmpty();
        Map<Long, ReaderNode> nodes = readNodes(extract, new HashSet<>(biggest));

        RoadNetworkScan scan = RoadNetworkScan.read(extract.toFile());
        for (long nodeId : biggest.subList(0, Math.min(JUNCTIONS, biggest.size()))) {
            Set<Long> expected =
                    roadsByNode.get(nodeId).stream().map(OsmRoad::wayId).collect(Collectors.toSet());
            Set<Long> scanned = scan.findRoadsAt(nodeId).orElseThrow().roads().stream()
                    .map(RoadsAtNode.Road::wayId)
                    .collect(Collectors.toSet());
            assertThat(scanned).as("roads through OSM node %d", nodeId).isEqualTo(expected);
        }

        try (PedestrianRouter router =
                PedestrianRouter.open(new RouterSettings(extract, SharedData.sharedCacheDir(extract)))) {
            GraphHopper hopper = router.graphHopper();
            assertThat(hopper.getBaseGraph().getEdges()).isPositive();
            int checked = 0;
            for (long nodeId : biggest) {
                if (checked == JUNCTIONS) break;
                ReaderNode node = nodes.get(nodeId);
                if (node == null || isCrossingPlace(node)) continue;
                if (checkJunction(hopper, node, roadsByNode.get(nodeId))) checked++;
            }
            LOG.info(
                    "{}: {} edges; the biggest junction has {} roads; {} junctions checked",
                    extract.getFileName(),
                    hopper.getBaseGraph().getEdges(),
                    roadsByNode.get(biggest.get(0)).size(),
                    checked);
            assertThat(checked)
                    .as("junctions checked in the graph of %s", extract)
                    .isPositive();
        }
    }

    /**
     * Every road edge at the junction charges, as junction crossing, at least the busiest road there of
     * another name. False when the graph has no node there (dropped with a small island).
     */
    private static boolean checkJunction(GraphHopper hopper, ReaderNode node, List<OsmRoad> roads) {
        Snap snap = hopper.getLocationIndex().findClosest(node.getLat(), node.getLon(), EdgeFilter.ALL_EDGES);
        if (!snap.isValid() || snap.getSnappedPosition() != Snap.Position.TOWER || snap.getQueryDistance() > 0.5)
            return false;
        var encoding = hopper.getEncodingManager();
        EnumEncodedValue<CrossedRoad> junctionCrossing =
                encoding.getEnumEncodedValue(CrossedRoad.JUNCTION_CROSSING_KEY, CrossedRoad.class);
        EnumEncodedValue<RoadClass> roadClass = encoding.getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
        EdgeExplorer explorer = hopper.getBaseGraph().createEdgeExplorer();
        EdgeIterator edge = explorer.setBaseNode(snap.getClosestNode());
        int roadEdges = 0;
        while (edge.next()) {
            if (!CrossedRoad.ofHighway(edge.get(roadClass).toString(), null).isRoad()) continue;
            String name = edge.getName();
            CrossedRoad busiestOther = roads.stream()
                    .filter(road -> name.isEmpty() || !name.equals(road.name()))
                    .map(OsmRoad::traffic)
                    .reduce(CrossedRoad.NONE, CrossedRoad::max);
            // an unnamed edge may be any of the roads: at least the second busiest is another road
            if (name.isEmpty()) busiestOther = secondBusiest(roads);
            assertThat(edge.get(junctionCrossing).ordinal())
                    .as("junction crossing of edge %d (%s) at OSM node %d", edge.getEdge(), name, node.getId())
                    .isGreaterThanOrEqualTo(busiestOther.ordinal());
            roadEdges++;
        }
        return roadEdges > 0;
    }

    private static CrossedRoad secondBusiest(List<OsmRoad> roads) {
        List<CrossedRoad> classes = roads.stream()
                .map(OsmRoad::traffic)
                .sorted(Comparator.reverseOrder())
                .toList();
        return classes.size() > 1 ? classes.get(1) : CrossedRoad.NONE;
    }

    private static boolean isCrossingPlace(ReaderNode node) {
        return node.hasTag("highway", "crossing", "traffic_signals") || node.hasTag("crossing");
    }

    /** The car roads through each node, read straight from the OSM file. */
    private static Map<Long, List<OsmRoad>> readRoadsByNode(Path extract) {
        Map<Long, List<OsmRoad>> roadsByNode = new HashMap<>();
        OsmElements.forEach(extract.toFile(), new SkipOptions(true, false, true), element -> {
            if (element.getType() != ReaderElement.Type.WAY) return;
            ReaderWay way = (ReaderWay) element;
            if (way.hasTag("area", "yes")) return;
            CrossedRoad traffic = CrossedRoad.ofHighway(way.getTag("highway"), way.getTag("service"));
            if (!traffic.isRoad()) return;
            OsmRoad road = new OsmRoad(way.getId(), traffic, way.getTag("name", ""));
            for (int i = 0; i < way.getNodes().size(); i++) {
                List<OsmRoad> here = roadsByNode.computeIfAbsent(way.getNodes().get(i), id -> new ArrayList<>(2));
                if (!here.contains(road)) here.add(road);
            }
        });
        return roadsByNode;
    }

    private static Map<Long, ReaderNode> readNodes(Path extract, Set<Long> ids) {
        Map<Long, ReaderNode> nodes = new HashMap<>();
        OsmElements.forEach(extract.toFile(), new SkipOptions(false, true, true), element -> {
            if (element.getType() == ReaderElement.Type.NODE && ids.contains(element.getId()))
                nodes.put(element.getId(), (ReaderNode) element);
        });
        return nodes;
    }
}
