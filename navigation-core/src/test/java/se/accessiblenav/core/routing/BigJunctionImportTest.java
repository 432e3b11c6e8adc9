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
 * A junction whose roads, written out, are longer than the 250 bytes GraphHopper keeps of a node tag
 * (fixture {@code big-junction.osm}: 18 roads with real-length way ids). The import used to stop with an
 * {@code ArrayIndexOutOfBoundsException}, or to import a cut list of roads without a word.
 */
class BigJunctionImportTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static GraphHopper hopper;

    @BeforeAll
    static void importFixture() {
        router = PedestrianRouter.open(FixtureGraph.settings("big-junction.osm", cacheDir));
        hopper = router.graphHopper();
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void theBusyArmSeesEveryQuietSideStreet() {
        // arm 0 (Corso Grande): its side streets are the 17 residential arms, the last of them far past
        // the 250th byte
        assertThat(FixtureGraph.junctionCrossingNear(hopper, 52.0005, 13.0)).isEqualTo(CrossedRoad.QUIET);
    }

    @Test
    void theLastArmWrittenSeesTheBusyRoad() {
        // arm 17, the last road in the scan's list
        double angle = 2 * Math.PI * 17 / 18;
        assertThat(FixtureGraph.junctionCrossingNear(
                        hopper, 52 + 0.0005 * Math.cos(angle), 13 + 0.0008 * Math.sin(angle)))
                .isEqualTo(CrossedRoad.BUSY);
    }
}
