package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GraphHopper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;
import se.accessiblenav.core.osm.Kerb;

/**
 * GraphHopper keeps node tags only for nodes with barrier/highway/railway/crossing/ford. This shows
 * the loss with a plain GraphHopper and that our reader keeps them, on the same fixture.
 */
class DroppedNodeTagsTest {
    @TempDir
    Path plainCache;

    @TempDir
    Path ourCache;

    private static Kerb kerbOfCrossing(GraphHopper hopper) {
        return FixtureGraph.edgeNear(hopper, 59.33007, 18.0610)
                .get(hopper.getEncodingManager().getEnumEncodedValue("kerb", Kerb.class));
    }

    @Test
    void plainGraphHopperLosesKerbOnlyNodes() {
        GraphHopper plain = GraphSetup.configure(new PlainReaderGraphHopper(), FixtureGraph.settings(plainCache));
        plain.setImportRegistry(new AccessibilityImportRegistry());
        try {
            plain.importOrLoad();
            assertThat(kerbOfCrossing(plain)).isEqualTo(Kerb.MISSING);
        } finally {
            plain.close();
        }
    }

    /** GraphHopper's own OSM reader; only the walker profiles' static priorities are added to route at all. */
    private static final class PlainReaderGraphHopper extends GraphHopper {
        @Override
        protected void postImportOSM() {
            super.postImportOSM();
            StaticPriorities.fill(getBaseGraph(), getEncodingManager());
        }
    }

    @Test
    void ourReaderKeepsThem() {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings(ourCache))) {
            assertThat(kerbOfCrossing(router.graphHopper())).isEqualTo(Kerb.LOWERED);
        }
    }
}
