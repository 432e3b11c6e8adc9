package se.accessiblenav.core.routing;

import com.carrotsearch.hppc.LongByteHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;

/**
 * Whether the map around each edge says how its crossings are built. Where mappers tag crossings, an
 * untagged place where a walker crosses a road is most likely one without markings or signals; where
 * they tag almost none (Malta: 147 crossing tags on the whole island), it says nothing at all, and the
 * walker profiles must not price every crossing there as if it were known to be unmarked.
 *
 * <p>Measured per square of {@value #CELL_METERS} m, over it and its eight neighbours (a 1.5 km
 * neighbourhood): edges that carry a crossing tag per kilometre of street. Below {@link
 * #MAPPED_CROSSINGS_PER_KM} the neighbourhood's crossings are unmapped, and {@code crossings_mapped}
 * is false on its edges. Worked out in memory when the graph is imported or loaded, before the walker
 * profiles' static priorities that read it.
 */
final class CrossingCoverage {
    static final double CELL_METERS = 500;
    /**
     * Tagged crossing edges (a mapped crossing node gives its two edges, a crossing way one or more) per
     * kilometre of street below which a neighbourhood's crossings count as not mapped.
     */
    static final double MAPPED_CROSSINGS_PER_KM = 1.0;

    private static final Logger LOG = LoggerFactory.getLogger(CrossingCoverage.class);
    private static final double METERS_PER_DEGREE = 111_195;
    /** The streets whose crossings mappers tag: not motorways, busways or access roads. */
    private static final Set<RoadClass> STREETS = streets();

    private static final Set<Crossing> UNTAGGED =
            EnumSet.of(Crossing.MISSING, Crossing.RAILWAY, Crossing.RAILWAY_BARRIER);

    private CrossingCoverage() {}

    private static Set<RoadClass> streets() {
        Set<RoadClass> streets = EnumSet.copyOf(StreetGrids.STREETS);
        streets.removeAll(EnumSet.of(RoadClass.MOTORWAY, RoadClass.BUSWAY, RoadClass.SERVICE));
        return streets;
    }

    static void fill(BaseGraph graph, EncodedValueLookup lookup) {
        long start = System.nanoTime();
        EnumEncodedValue<RoadClass> roadClass = lookup.getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
        EnumEncodedValue<Crossing> crossing = lookup.getEnumEncodedValue(Crossing.KEY, Crossing.class);
        BooleanEncodedValue mapped = lookup.getBooleanEncodedValue(AccessibilityImportRegistry.CROSSINGS_MAPPED);
        Grid grid = Grid.of(graph);
        // per cell: metres of street, tagged crossing edges; each edge's cell kept for the second pass
        LongObjectHashMap<double[]> cells = new LongObjectHashMap<>();
        long[] cellOfEdge = new long[graph.getEdges()];
        AllEdgesIterator edge = graph.getAllEdges();
        while (edge.next()) {
            long key = grid.cellOf(edge.getBaseNode(), edge.getAdjNode());
            cellOfEdge[edge.getEdge()] = key;
            boolean street = STREETS.contains(edge.get(roadClass));
            boolean tagged = !UNTAGGED.contains(edge.get(crossing));
            if (!street && !tagged) continue;
            double[] cell = cells.get(key);
            if (cell == null) cells.put(key, cell = new double[2]);
            if (street) cell[0] += edge.getDistance();
            if (tagged) cell[1]++;
        }
        LongByteHashMap verdicts = new LongByteHashMap();
        long[] cellsByVerdict = new long[2];
        int unmappedEdges = 0;
        edge = graph.getAllEdges();
        while (edge.next()) {
            long key = cellOfEdge[edge.getEdge()];
            byte verdict = verdicts.getOrDefault(key, (byte) -1);
            if (verdict < 0) {
                verdict = (byte) (neighbourhoodMapped(cells, key) ? 1 : 0);
                verdicts.put(key, verdict);
                if (cells.containsKey(key)) cellsByVerdict[verdict]++;
            }
            edge.set(mapped, verdict == 1);
            if (verdict == 0) unmappedEdges++;
        }
        LOG.info(
                "Crossing coverage: {} of {} squares of {} m ({} of {} edges) have their crossings mapped too thinly to"
                        + " read an untagged crossing as unmarked, {} ms",
                cellsByVerdict[0],
                cells.size(),
                (int) CELL_METERS,
                unmappedEdges,
                graph.getEdges(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean neighbourhoodMapped(LongObjectHashMap<double[]> cells, long cell) {
        int row = (int) (cell >> 32);
        int col = (int) cell;
        double streetMeters = 0;
        double tagged = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                double[] c = cells.get(Grid.key(row + dr, col + dc));
                if (c == null) continue;
                streetMeters += c[0];
                tagged += c[1];
            }
        // no street nearby: nothing to misjudge, keep the profiles' rules as written
        return streetMeters < 100 || tagged / (streetMeters / 1000) >= MAPPED_CROSSINGS_PER_KM;
    }

    /** Squares of about {@link #CELL_METERS} on a side, keyed by row and column. */
    private record Grid(NodeAccess nodes, double cellLat, double cellLon) {
        static Grid of(BaseGraph graph) {
            var bounds = graph.getBounds();
            double midLat = bounds.isValid() ? (bounds.minLat + bounds.maxLat) / 2 : 0;
            double cellLat = CELL_METERS / METERS_PER_DEGREE;
            return new Grid(graph.getNodeAccess(), cellLat, cellLat / Math.max(0.1, Math.cos(Math.toRadians(midLat))));
        }

        long cellOf(int nodeA, int nodeB) {
            double lat = (nodes.getLat(nodeA) + nodes.getLat(nodeB)) / 2;
            double lon = (nodes.getLon(nodeA) + nodes.getLon(nodeB)) / 2;
            return key((int) Math.floor(lat / cellLat), (int) Math.floor(lon / cellLon));
        }

        static long key(int row, int col) {
            return ((long) row << 32) | (col & 0xffffffffL);
        }
    }
}
