package se.accessiblenav.core.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the ways of an OSM file that records, for every node where a car road meets another
 * way, which roads pass through it. GraphHopper's tag parsers see one way at a time; this is what
 * lets them know which road a crossing crosses and where a side street joins. When the file has
 * unnamed sidewalks, a second pass over the nodes matches each to the street it runs along.
 */
public final class RoadNetworkScan {
    private static final Logger LOG = LoggerFactory.getLogger(RoadNetworkScan.class);
    private static final Set<String> FOOT_WAYS =
            Set.of("footway", "path", "pedestrian", "steps", "cycleway", "track", "bridleway", "corridor", "platform");

    private final Map<Long, RoadsAtNode> roadsByNodeId;
    private final Map<Long, String> streetBySidewalkWayId;

    private RoadNetworkScan(Map<Long, RoadsAtNode> roadsByNodeId, Map<Long, String> streetBySidewalkWayId) {
        this.roadsByNodeId = roadsByNodeId;
        this.streetBySidewalkWayId = streetBySidewalkWayId;
    }

    public static RoadNetworkScan read(File osmFile) {
        long start = System.nanoTime();
        Map<Long, Accumulator> byNode = new HashMap<>();
        SidewalkStreetMatcher sidewalks = new SidewalkStreetMatcher();
        int[] ways = {0};
        OsmElements.forEach(osmFile, new SkipOptions(true, false, true), element -> {
            if (element.getType() != ReaderElement.Type.WAY) return;
            addWay((ReaderWay) element, byNode, sidewalks);
            if (++ways[0] % 100_000 == 0) LOG.info("Road network scan: {} ways read", ways[0]);
        });
        Map<Long, String> streetBySidewalk = Map.of();
        if (sidewalks.needsNodes()) {
            java.util.Set<Long> wanted = sidewalks.wantedNodes();
            OsmElements.forEach(osmFile, new SkipOptions(false, true, true), element -> {
                if (element.getType() == ReaderElement.Type.NODE && wanted.contains(element.getId()))
                    sidewalks.addNode((ReaderNode) element);
            });
            streetBySidewalk = sidewalks.match();
        }
        Map<Long, RoadsAtNode> result = new HashMap<>();
        byNode.forEach((nodeId, acc) -> {
            if (acc.isInteresting()) result.put(nodeId, acc.toRoadsAtNode());
        });
        LOG.info(
                "Road network scan of {}: {} ways, {} nodes where roads meet other ways, {} sidewalks matched to their street, {} ms",
                osmFile.getName(),
                ways[0],
                result.size(),
                streetBySidewalk.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new RoadNetworkScan(result, streetBySidewalk);
    }

    /** The street a separately mapped, unnamed sidewalk runs along, found from the geometry. */
    public Optional<String> findSidewalkStreet(long wayId) {
        return Optional.ofNullable(streetBySidewalkWayId.get(wayId));
    }

    public Optional<RoadsAtNode> findRoadsAt(long osmNodeId) {
        return Optional.ofNullable(roadsByNodeId.get(osmNodeId));
    }

    private static void addWay(ReaderWay way, Map<Long, Accumulator> byNode, SidewalkStreetMatcher sidewalks) {
        String highway = way.getTag("highway");
        if (highway == null || way.hasTag("area", "yes")) return;
        CrossedRoad traffic = CrossedRoad.ofHighway(highway, way.getTag("service"));
        sidewalks.addWay(way, traffic);
        boolean footWay = !traffic.isRoad() && FOOT_WAYS.contains(highway);
        if (!traffic.isRoad() && !footWay) return;
        LongArrayList nodes = way.getNodes();
        int last = nodes.size() - 1;
        boolean closed = last > 0 && nodes.get(0) == nodes.get(last);
        int nameHash = RoadsAtNode.nameHash(way.getTag("name"));
        for (int i = 0; i <= last; i++) {
            if (closed && i == last) break;
            int arms = (i == 0 || i == last) && !closed ? 1 : 2;
            Accumulator acc = byNode.computeIfAbsent(nodes.get(i), id -> new Accumulator());
            if (traffic.isRoad()) acc.addRoad(new RoadsAtNode.Road(way.getId(), traffic, nameHash), arms);
            else acc.footArms += arms;
        }
    }

    private static final class Accumulator {
        private final List<RoadsAtNode.Road> roads = new ArrayList<>(2);
        private int roadArms;
        private int footArms;

        void addRoad(RoadsAtNode.Road road, int arms) {
            if (roads.stream().noneMatch(r -> r.wayId() == road.wayId())) roads.add(road);
            roadArms += arms;
        }

        boolean isInteresting() {
            return !roads.isEmpty() && (roads.size() > 1 || footArms > 0 || roadArms >= 3);
        }

        RoadsAtNode toRoadsAtNode() {
            return new RoadsAtNode(roads, roadArms, footArms);
        }
    }
}
