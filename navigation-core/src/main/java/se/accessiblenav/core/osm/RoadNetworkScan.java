package se.accessiblenav.core.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final LongArrayList NO_ARM_ENDS = new LongArrayList(0);
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
        // one pass over the nodes for the positions both the sidewalks and same-named roads need
        Set<Long> wanted = new HashSet<>();
        if (sidewalks.needsNodes()) sidewalks.addWantedNodes(wanted);
        byNode.forEach((nodeId, acc) -> {
            if (acc.isInteresting() && acc.hasNamesakes()) acc.addArmNodes(nodeId, wanted);
        });
        Map<Long, double[]> positions = new HashMap<>();
        if (!wanted.isEmpty()) {
            OsmElements.forEach(osmFile, new SkipOptions(false, true, true), element -> {
                if (element.getType() == ReaderElement.Type.NODE && wanted.contains(element.getId())) {
                    ReaderNode node = (ReaderNode) element;
                    positions.put(node.getId(), new double[] {node.getLat(), node.getLon()});
                }
            });
        }
        Map<Long, String> streetBySidewalk = sidewalks.needsNodes() ? sidewalks.match(positions) : Map.of();
        Map<Long, RoadsAtNode> result = new HashMap<>();
        byNode.forEach((nodeId, acc) -> {
            if (acc.isInteresting()) result.put(nodeId, acc.toRoadsAtNode(nodeId, positions));
        });
        long sameNameCrossings = result.values().stream()
                .filter(roads -> !roads.sameNameCrossings().isEmpty())
                .count();
        LOG.info(
                "Road network scan of {}: {} ways, {} nodes where roads meet other ways ({} where a street meets a"
                        + " way of its own name crossing it), {} sidewalks matched to their street, {} ms",
                osmFile.getName(),
                ways[0],
                result.size(),
                sameNameCrossings,
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
            if (!traffic.isRoad()) {
                acc.footArms += arms;
                continue;
            }
            // only a named road's arms may be needed: to tell it from another way of its name
            LongArrayList ends = nameHash == 0 ? NO_ARM_ENDS : armEnds(nodes, i, closed);
            acc.addRoad(new RoadsAtNode.Road(way.getId(), traffic, nameHash), arms, ends);
        }
    }

    /** The neighbouring nodes of the way's node {@code i}: where its arms at that node lead. */
    private static LongArrayList armEnds(LongArrayList nodes, int i, boolean closed) {
        int last = nodes.size() - 1;
        LongArrayList ends = new LongArrayList(2);
        if (i > 0) ends.add(nodes.get(i - 1));
        else if (closed) ends.add(nodes.get(last - 1));
        if (i < last) ends.add(nodes.get(i + 1));
        return ends;
    }

    private static final class Accumulator {
        private final List<RoadsAtNode.Road> roads = new ArrayList<>(2);
        /** Per road, the nodes its arms lead to (named roads only). */
        private final List<LongArrayList> armEnds = new ArrayList<>(2);

        private int roadArms;
        private int footArms;

        void addRoad(RoadsAtNode.Road road, int arms, LongArrayList ends) {
            roadArms += arms;
            for (int i = 0; i < roads.size(); i++) {
                if (roads.get(i).wayId() != road.wayId()) continue;
                // the way passes this node again (a loop): one road with more arms
                if (!ends.isEmpty()) armEnds.set(i, join(armEnds.get(i), ends));
                return;
            }
            roads.add(road);
            armEnds.add(ends);
        }

        private static LongArrayList join(LongArrayList known, LongArrayList more) {
            LongArrayList both = new LongArrayList(known.size() + more.size());
            both.addAll(known);
            both.addAll(more);
            return both;
        }

        boolean isInteresting() {
            return !roads.isEmpty() && (roads.size() > 1 || footArms > 0 || roadArms >= 3);
        }

        /** True when two roads here have the same name: whether they are one street needs their arms. */
        boolean hasNamesakes() {
            for (int i = 0; i < roads.size(); i++)
                for (int j = i + 1; j < roads.size(); j++) if (areNamesakes(i, j)) return true;
            return false;
        }

        private boolean areNamesakes(int i, int j) {
            int name = roads.get(i).nameHash();
            return name != 0 && name == roads.get(j).nameHash();
        }

        void addArmNodes(long nodeId, Set<Long> wanted) {
            wanted.add(nodeId);
            for (LongArrayList ends : armEnds) for (int k = 0; k < ends.size(); k++) wanted.add(ends.get(k));
        }

        RoadsAtNode toRoadsAtNode(long nodeId, Map<Long, double[]> coordinates) {
            List<RoadsAtNode.SameNameCrossing> crossings = new ArrayList<>();
            double[] at = coordinates.get(nodeId);
            if (at != null)
                for (int i = 0; i < roads.size(); i++)
                    for (int j = i + 1; j < roads.size(); j++) {
                        if (!areNamesakes(i, j)) continue;
                        double[] arms = bearings(at, armEnds.get(i), coordinates);
                        double[] otherArms = bearings(at, armEnds.get(j), coordinates);
                        if (arms.length > 0 && otherArms.length > 0 && !StreetArms.areOneStreet(arms, otherArms))
                            crossings.add(new RoadsAtNode.SameNameCrossing(
                                    roads.get(i).wayId(), roads.get(j).wayId()));
                    }
            return new RoadsAtNode(roads, roadArms, footArms, crossings);
        }

        /** Bearings from the node to the arm ends whose position is known (all, inside the extract). */
        private static double[] bearings(double[] at, LongArrayList ends, Map<Long, double[]> coordinates) {
            double[] bearings = new double[ends.size()];
            int known = 0;
            for (int k = 0; k < ends.size(); k++) {
                double[] to = coordinates.get(ends.get(k));
                if (to != null) bearings[known++] = StreetSegmentGrid.bearing(at[0], at[1], to[0], to[1]);
            }
            return Arrays.copyOf(bearings, known);
        }
    }
}
