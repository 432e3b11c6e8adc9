package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.graphhopper.GraphHopper;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.IntEncodedValue;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.routing.weighting.custom.CustomModelParser;
import com.graphhopper.routing.weighting.custom.CustomWeighting;
import com.graphhopper.util.CustomModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.CrossedRoad;
import se.accessiblenav.core.osm.EdgeLengthParser;
import se.accessiblenav.core.osm.TactilePaving;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * A crossing's penalties add up (docs/profiles.md): an unmarked quiet crossing without tactile paving
 * costs blind_cane 1000 m + 40 m of walking, not the two penalties multiplied.
 */
class CrossingPriceTest {
    @TempDir
    Path cacheDir;

    @Test
    void aQuietCrossingWithoutTactilePavingCostsBothPenaltiesAdded() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            GraphHopper hopper = router.graphHopper();
            EncodingManager em = hopper.getEncodingManager();
            CustomModel crossingRules = new CustomModel().addToSpeed(Statement.If("true", Statement.Op.LIMIT, "5"));
            for (Statement statement : WalkerProfile.BLIND_CANE.customModel().getPriority())
                if (statement.condition().startsWith("crossed_road != NONE")) crossingRules.addToPriority(statement);
            assertThat(crossingRules.getPriority()).hasSize(1);
            CustomWeighting.EdgeToDoubleMapping priority = CustomModelParser.createWeightingParameters(
                            crossingRules, em)
                    .getEdgeToPriorityMapping();
            EnumEncodedValue<CrossedRoad> crossedRoad =
                    em.getEnumEncodedValue(CrossedRoad.CROSSED_ROAD_KEY, CrossedRoad.class);
            EnumEncodedValue<CrossedRoad> joinedRoad =
                    em.getEnumEncodedValue(CrossedRoad.JOINED_ROAD_KEY, CrossedRoad.class);
            EnumEncodedValue<Crossing> crossing = em.getEnumEncodedValue(Crossing.KEY, Crossing.class);
            EnumEncodedValue<TactilePaving> tactile = em.getEnumEncodedValue(TactilePaving.KEY, TactilePaving.class);
            IntEncodedValue edgeLength = em.getIntEncodedValue(EdgeLengthParser.KEY);
            int checked = 0;
            AllEdgesIterator edge = hopper.getBaseGraph().getAllEdges();
            while (edge.next()) {
                boolean unmarkedQuietWithoutTactile = edge.get(crossedRoad) == CrossedRoad.QUIET
                        && edge.get(crossing) != Crossing.TRAFFIC_SIGNALS
                        && edge.get(crossing) != Crossing.MARKED
                        && edge.get(tactile) != TactilePaving.YES;
                if (!unmarkedQuietWithoutTactile || edge.get(joinedRoad) != CrossedRoad.NONE) continue;
                double band = representativeLength(edge.get(edgeLength));
                assertThat(priority.get(edge, false))
                        .as("edge " + edge.getEdge())
                        .isCloseTo(band / (band + (1000 + 40) / 2.0), offset(1e-3));
                checked++;
            }
            assertThat(checked).isPositive();
        }
    }

    /** The generator's length bands (docs/profiles/generate_profiles.py). */
    private static double representativeLength(int edgeLength) {
        if (edgeLength < 8) return 5;
        if (edgeLength < 20) return 13;
        if (edgeLength < 50) return 32;
        if (edgeLength < 120) return 80;
        return 180;
    }
}
