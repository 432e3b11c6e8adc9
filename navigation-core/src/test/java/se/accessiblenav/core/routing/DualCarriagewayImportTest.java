package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GraphHopper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.CrossedRoad;

/**
 * The implicit crossings the profiles charge where a dual carriageway's two halves and the link between
 * them all carry the street's name (fixture {@code dual-carriageway.osm}, after Triftstraße in Berlin).
 */
class DualCarriagewayImportTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static GraphHopper hopper;

    @BeforeAll
    static void importFixture() {
        router = PedestrianRouter.open(FixtureGraph.settings("dual-carriageway.osm", cacheDir));
        hopper = router.graphHopper();
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void theNamedLinkBetweenTheCarriagewaysCrossesThem() {
        // way 103 "Ring" (residential) meets both one-way halves of the secondary "Ring" at right angles:
        // a walker along it crosses a busy carriageway at either end, whatever the name says
        assertThat(FixtureGraph.junctionCrossingNear(hopper, 52.0010, 13.0005)).isEqualTo(CrossedRoad.BUSY);
    }

    @Test
    void theCarriagewaysJoiningIntoOneWayAreOneStreet() {
        // node 20: the two halves (ways 100 and 101) run on as the two-way way 102; nothing is crossed there
        assertThat(FixtureGraph.junctionCrossingNear(hopper, 52.0035, 13.0005)).isEqualTo(CrossedRoad.NONE);
    }
}
