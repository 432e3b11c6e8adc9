package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.util.AllEdgesIterator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;

/**
 * {@code crossings_mapped}: true where the map around an edge tags its crossings (the crossings fixture:
 * seven crossing tags on some 1.5 km of street), false where it tags none (the detour-trade fixture: two
 * streets crossed at untagged nodes), after import and after a reload.
 */
class CrossingCoverageTest {
    @TempDir
    Path cacheDir;

    @Test
    void aMapThatTagsItsCrossingsIsMappedEverywhere() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings("crossings.osm", cacheDir))) {
            assertThat(mappedShare(router)).isEqualTo(1.0);
        }
    }

    @Test
    void aMapWithoutCrossingTagsIsUnmappedAlsoAfterAReload() {
        PedestrianRouter.open(FixtureGraph.settings("detour-trade.osm", cacheDir))
                .close();
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings("detour-trade.osm", cacheDir))) {
            assertThat(router.importedAtStart()).isFalse();
            assertThat(mappedShare(router)).isZero();
        }
    }

    private static double mappedShare(PedestrianRouter router) {
        BooleanEncodedValue mapped = router.graphHopper()
                .getEncodingManager()
                .getBooleanEncodedValue(AccessibilityImportRegistry.CROSSINGS_MAPPED);
        AllEdgesIterator edge = router.graphHopper().getBaseGraph().getAllEdges();
        int count = 0;
        int yes = 0;
        while (edge.next()) {
            count++;
            if (edge.get(mapped)) yes++;
        }
        return (double) yes / count;
    }
}
