package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.TurnCostProvider;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.routing.weighting.custom.CustomModelParser;
import com.graphhopper.util.PMap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * The walker profiles route with their static priority worked out ahead plus the obstacle rules; every
 * edge must still weigh what the shipped model gives it, obstacles included, after import and after a
 * reload from the graph cache.
 */
class StaticPrioritiesTest {
    @TempDir
    Path cacheDir;

    @Test
    void everyEdgeWeighsWhatTheShippedModelGivesItWithAndWithoutObstacles() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            GraphHopper hopper = router.graphHopper();
            assertSameWeights(hopper);

            markObstacles(hopper, true);
            try {
                assertSameWeights(hopper);
            } finally {
                markObstacles(hopper, false);
            }
        }
    }

    @Test
    void aGraphLoadedFromTheCacheReadsThemFromTheCacheFolder() {
        int edges;
        try (PedestrianRouter imported = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            edges = imported.graphHopper().getBaseGraph().getEdges();
        }
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed())
                assertThat(StaticPriorities.file(cacheDir, profile)).hasSize(8 + 8L * edges);
        try (PedestrianRouter reloaded = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            assertThat(reloaded.importedAtStart()).isFalse();
            assertSameWeights(reloaded.graphHopper());
        }
    }

    @Test
    void theWalkerProfilesReallyDifferFromFootOnTheFixture() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(cacheDir))) {
            GraphHopper hopper = router.graphHopper();
            Weighting foot = routingWeighting(hopper, WalkerProfile.FOOT);
            Weighting blindCane = routingWeighting(hopper, WalkerProfile.BLIND_CANE);
            int dearer = 0;
            AllEdgesIterator edge = hopper.getBaseGraph().getAllEdges();
            while (edge.next()) {
                double footWeight = foot.calcEdgeWeight(edge, false);
                if (Double.isFinite(footWeight) && blindCane.calcEdgeWeight(edge, false) > 2 * footWeight) dearer++;
            }
            assertThat(dearer)
                    .as("edges blind_cane weighs over twice as much as foot")
                    .isGreaterThan(3);
        }
    }

    private static void assertSameWeights(GraphHopper hopper) {
        for (WalkerProfile profile : WalkerProfile.values()) {
            Weighting routing = routingWeighting(hopper, profile);
            Weighting shipped = CustomModelParser.createWeighting(
                    hopper.getEncodingManager(), TurnCostProvider.NO_TURN_COST_PROVIDER, profile.customModel());
            AllEdgesIterator edge = hopper.getBaseGraph().getAllEdges();
            while (edge.next()) {
                for (boolean reverse : new boolean[] {false, true}) {
                    double expected = shipped.calcEdgeWeight(edge, reverse);
                    double actual = routing.calcEdgeWeight(edge, reverse);
                    String where =
                            profile.profileName() + " edge " + edge.getEdge() + (reverse ? " backward" : " forward");
                    if (Double.isInfinite(expected))
                        assertThat(actual).as(where).isInfinite();
                    else if (Math.abs(actual - expected) > 1e-6 * expected)
                        fail(where + ": weight " + actual + ", shipped model " + expected);
                }
            }
        }
    }

    private static Weighting routingWeighting(GraphHopper hopper, WalkerProfile profile) {
        return hopper.createWeighting(hopper.getProfile(profile.profileName()), new PMap());
    }

    /** Every third edge a hazard, every fifth blocked. */
    private static void markObstacles(GraphHopper hopper, boolean on) {
        BooleanEncodedValue blocked =
                hopper.getEncodingManager().getBooleanEncodedValue(AccessibilityImportRegistry.OBSTACLE_BLOCKED);
        BooleanEncodedValue hazard =
                hopper.getEncodingManager().getBooleanEncodedValue(AccessibilityImportRegistry.OBSTACLE_HAZARD);
        AllEdgesIterator edge = hopper.getBaseGraph().getAllEdges();
        while (edge.next()) {
            if (edge.getEdge() % 5 == 0) edge.set(blocked, on);
            else if (edge.getEdge() % 3 == 0) edge.set(hazard, on);
        }
    }
}
