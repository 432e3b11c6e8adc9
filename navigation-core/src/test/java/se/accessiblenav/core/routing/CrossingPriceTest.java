package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.weighting.custom.CustomModelParser;
import com.graphhopper.routing.weighting.custom.CustomWeighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.EdgeIteratorState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.CrossedRoad;
import se.accessiblenav.core.osm.EdgeLengthParser;
import se.accessiblenav.core.osm.TactilePaving;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * A crossing's penalties add up (docs/profiles.md): an unmarked quiet crossing without tactile paving
 * costs blind_cane 1000 m + 40 m of walking, not the two penalties multiplied, whatever the length of
 * the edges it lies on. An edge with a crossing at each end pays for the dearer one.
 */
class CrossingPriceTest {
    @TempDir
    Path cacheDir;

    /** Each of the two edges at a crossing carries half of it: (1000 m + 40 m) / 2. */
    private static final double HALF = 520;

    /** The generator's length bands span a factor of about 4/3 in whole metres: within 20 % from 5 m on. */
    private static final double LOW = HALF / 1.2;

    private static final double HIGH = HALF * 1.2;

    @Test
    void aQuietCrossingWithoutTactilePavingCostsBothPenaltiesAdded() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            Prices prices = new Prices(router.graphHopper().getEncodingManager());
            int checked = 0;
            AllEdgesIterator edge = router.graphHopper().getBaseGraph().getAllEdges();
            while (edge.next()) {
                if (!prices.isUnmarkedQuietWithoutTactilePaving(edge) || edge.getDistance() < 5) continue;
                assertThat(prices.detour(edge))
                        .as("edge of " + edge.getDistance() + " m")
                        .isBetween(LOW, HIGH);
                checked++;
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void theCrossingCostsTheSameOnShortAndLongEdges() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            EncodingManager em = router.graphHopper().getEncodingManager();
            Prices prices = new Prices(em);
            try (BaseGraph graph = new BaseGraph.Builder(em).create()) {
                for (double meters : new double[] {5, 9, 17, 33, 64, 130, 260, 480, 900}) {
                    EdgeIteratorState edge = prices.unmarkedQuietCrossing(graph, meters);
                    assertThat(prices.detour(edge))
                            .as("edge of " + meters + " m")
                            .isBetween(LOW, HIGH);
                }
            }
        }
    }

    @Test
    void anEdgeWithTwoCrossingsPaysForTheDearerNotTheirProduct() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            EncodingManager em = router.graphHopper().getEncodingManager();
            Prices prices = new Prices(em);
            try (BaseGraph graph = new BaseGraph.Builder(em).create()) {
                for (double meters : new double[] {5, 9, 33, 130, 480}) {
                    // a mapped crossing of a side street at one end (520 m), an untagged junction (500 m) or
                    // a foot way joining a road (500 m) at the other
                    for (EnumEncodedValue<CrossedRoad> other : List.of(prices.junctionCrossing, prices.joinedRoad)) {
                        EdgeIteratorState edge = prices.unmarkedQuietCrossing(graph, meters);
                        edge.set(other, CrossedRoad.QUIET);
                        assertThat(prices.detour(edge))
                                .as(other.getName() + " on an edge of " + meters + " m")
                                .isBetween(LOW, HIGH);
                    }
                }
            }
        }
    }

    /** blind_cane's crossing rules, and the encoded values they read. */
    private static final class Prices {
        final EnumEncodedValue<CrossedRoad> crossedRoad;
        final EnumEncodedValue<CrossedRoad> joinedRoad;
        final EnumEncodedValue<CrossedRoad> junctionCrossing;
        final EnumEncodedValue<Crossing> crossing;
        final EnumEncodedValue<TactilePaving> tactile;
        final IntEncodedValue edgeLength;
        final CustomWeighting.EdgeToDoubleMapping priority;

        Prices(EncodingManager em) {
            CustomModel crossingRules = new CustomModel().addToSpeed(Statement.If("true", Statement.Op.LIMIT, "5"));
            for (Statement statement : WalkerProfile.BLIND_CANE.customModel().getPriority())
                if (statement.condition().startsWith("crossed_road != NONE")) crossingRules.addToPriority(statement);
            assertThat(crossingRules.getPriority()).hasSize(1);
            priority = CustomModelParser.createWeightingParameters(crossingRules, em)
                    .getEdgeToPriorityMapping();
            crossedRoad = em.getEnumEncodedValue(CrossedRoad.CROSSED_ROAD_KEY, CrossedRoad.class);
            joinedRoad = em.getEnumEncodedValue(CrossedRoad.JOINED_ROAD_KEY, CrossedRoad.class);
            junctionCrossing = em.getEnumEncodedValue(CrossedRoad.JUNCTION_CROSSING_KEY, CrossedRoad.class);
            crossing = em.getEnumEncodedValue(Crossing.KEY, Crossing.class);
            tactile = em.getEnumEncodedValue(TactilePaving.KEY, TactilePaving.class);
            edgeLength = em.getIntEncodedValue(EdgeLengthParser.KEY);
        }

        /** A new edge of that length on an unmarked quiet crossing without tactile paving (520 m a side). */
        EdgeIteratorState unmarkedQuietCrossing(BaseGraph graph, double meters) {
            EdgeIteratorState edge = graph.edge(0, 1).setDistance(meters);
            edge.set(crossedRoad, CrossedRoad.QUIET);
            edge.set(crossing, Crossing.UNMARKED);
            edge.set(tactile, TactilePaving.NO);
            edge.set(edgeLength, (int) Math.round(meters));
            return edge;
        }

        boolean isUnmarkedQuietWithoutTactilePaving(EdgeIteratorState edge) {
            return edge.get(crossedRoad) == CrossedRoad.QUIET
                    && edge.get(crossing) != Crossing.TRAFFIC_SIGNALS
                    && edge.get(crossing) != Crossing.MARKED
                    && edge.get(tactile) != TactilePaving.YES
                    && edge.get(joinedRoad) == CrossedRoad.NONE;
        }

        /** A priority p makes an edge of length d cost d / p: a detour of d (1 / p - 1). */
        double detour(EdgeIteratorState edge) {
            return edge.getDistance() * (1 / priority.get(edge, false) - 1);
        }
    }
}
